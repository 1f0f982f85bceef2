<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BrandingPreview</name>
    <message>
        <source>Welcome screen</source>
        <translation>Welcome screen</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wall</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <source>Pick a colour</source>
        <translation>Pick a colour</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Branding</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Consent wording</source>
        <translation>Consent wording</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wall</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Empty: the event&apos;s name</source>
        <translation>Empty: the event&apos;s name</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Empty: the standard wording</source>
        <translation>Empty: the standard wording</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>When two guests share a first name</source>
        <translation>When two guests share a first name</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Always</translation>
    </message>
    <message>
        <source>Both, alternating</source>
        <translation>Both, alternating</translation>
    </message>
    <message>
        <source>Shown at once</source>
        <translation>Shown at once</translation>
    </message>
    <message>
        <source>Only after my approval</source>
        <translation>Only after my approval</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Default language</translation>
    </message>
    <message>
        <source>Name on the screens</source>
        <translation>Name on the screens</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Primary colour</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Accent colour</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Background colour</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Text colour</translation>
    </message>
    <message>
        <source>Back to welcome after</source>
        <translation>Back to welcome after</translation>
    </message>
    <message>
        <source>Walk-ins&apos; last name</source>
        <translation>Walk-ins&apos; last name</translation>
    </message>
    <message>
        <source>Walk-ins&apos; organisation</source>
        <translation>Walk-ins&apos; organisation</translation>
    </message>
    <message>
        <source>Wall consent (French)</source>
        <translation>Wall consent (French)</translation>
    </message>
    <message>
        <source>Wall consent (English)</source>
        <translation>Wall consent (English)</translation>
    </message>
    <message>
        <source>Suggestions consent (French)</source>
        <translation>Suggestions consent (French)</translation>
    </message>
    <message>
        <source>Suggestions consent (English)</source>
        <translation>Suggestions consent (English)</translation>
    </message>
    <message>
        <source>Last initial</source>
        <translation>Last initial</translation>
    </message>
    <message>
        <source>Wall language</source>
        <translation>Wall language</translation>
    </message>
    <message>
        <source>Text typed by guests</source>
        <translation>Text typed by guests</translation>
    </message>
    <message>
        <source>Erase guests&apos; data after the event</source>
        <translation>Erase guests&apos; data after the event</translation>
    </message>
</context>
<context>
    <name>EventSettingsPage</name>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Event settings</source>
        <translation>Event settings</translation>
    </message>
    <message>
        <source>Readability</source>
        <translation>Readability</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation>Undo my changes</translation>
    </message>
    <message>
        <source>Check-in: text on the background</source>
        <translation>Check-in: text on the background</translation>
    </message>
    <message>
        <source>Check-in: accent text on the background</source>
        <translation>Check-in: accent text on the background</translation>
    </message>
    <message>
        <source>Wall: names on the cards (primary colour)</source>
        <translation>Wall: names on the cards (primary colour)</translation>
    </message>
    <message>
        <source>Wall: accent text on the cards</source>
        <translation>Wall: accent text on the cards</translation>
    </message>
    <message>
        <source>%1 reads at %2:1, below the %3:1 minimum. The screens will use %4 instead.</source>
        <translation>%1 reads at %2:1, below the %3:1 minimum. The screens will use %4 instead.</translation>
    </message>
    <message>
        <source>Every text colour reads well (WCAG AA, 4.5:1).</source>
        <translation>Every text colour reads well (WCAG AA, 4.5:1).</translation>
    </message>
    <message>
        <source>Saved. The check-in screen and the wall use these settings now.</source>
        <translation>Saved. The check-in screen and the wall use these settings now.</translation>
    </message>
    <message>
        <source>Could not save: the database did not answer. Try again.</source>
        <translation>Could not save: the database did not answer. Try again.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Changes not saved yet.</translation>
    </message>
    <message>
        <source>Could not read the event: the database did not answer.</source>
        <translation>Could not read the event: the database did not answer.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message numerus="yes">
        <source>“%1” created with %n tag(s). Activate it when it is ready.</source>
        <translation>
            <numerusform>“%1” created with %n tag. Activate it when it is ready.</numerusform>
            <numerusform>“%1” created with %n tags. Activate it when it is ready.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database did not answer. Try again.</source>
        <translation>The database did not answer. Try again.</translation>
    </message>
    <message>
        <source>Make “%1” the active event? The station restarts and every screen shows it.</source>
        <translation>Make “%1” the active event? The station restarts and every screen shows it.</translation>
    </message>
    <message>
        <source>No event in this database yet: create one below.</source>
        <translation>No event in this database yet: create one below.</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Make active</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>New event</translation>
    </message>
    <message>
        <source>Copy the tags and title list of the active event</source>
        <translation>Copy the tags and title list of the active event</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>No logo: the event&apos;s name alone</source>
        <translation>No logo: the event&apos;s name alone</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choose a logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>No file at this path: the screens will show the name alone.</source>
        <translation>No file at this path: the screens will show the name alone.</translation>
    </message>
    <message>
        <source>This file is not an image: the screens will show the name alone.</source>
        <translation>This file is not an image: the screens will show the name alone.</translation>
    </message>
    <message>
        <source>Image loaded.</source>
        <translation>Image loaded.</translation>
    </message>
</context>
<context>
    <name>ScreensPage</name>
    <message>
        <source>Screens</source>
        <translation>Screens</translation>
    </message>
    <message>
        <source>Saved in %1. Apply now to restart the station.</source>
        <translation>Saved in %1. Apply now to restart the station.</translation>
    </message>
    <message>
        <source>Could not save the machine configuration: %1</source>
        <translation>Could not save the machine configuration: %1</translation>
    </message>
    <message>
        <source>Restart the station now? Guests at the check-in go back to welcome.</source>
        <translation>Restart the station now? Guests at the check-in go back to welcome.</translation>
    </message>
    <message>
        <source>The screens connected to this machine. Identify shows each one&apos;s number.</source>
        <translation>The screens connected to this machine. Identify shows each one&apos;s number.</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identify</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Apply now (restart)</source>
        <translation>Apply now (restart)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primary</translation>
    </message>
    <message>
        <source>Check-in and wall</source>
        <translation>Check-in and wall</translation>
    </message>
    <message>
        <source>Check-in only</source>
        <translation>Check-in only</translation>
    </message>
    <message>
        <source>Wall only</source>
        <translation>Wall only</translation>
    </message>
    <message>
        <source>This station shows</source>
        <translation>This station shows</translation>
    </message>
    <message>
        <source>Check-in screen</source>
        <translation>Check-in screen</translation>
    </message>
    <message>
        <source>Wall screen</source>
        <translation>Wall screen</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>The primary screen</source>
        <translation>The primary screen</translation>
    </message>
    <message>
        <source>Automatic: the other screen, or beside the check-in on one screen</source>
        <translation>Automatic: the other screen, or beside the check-in on one screen</translation>
    </message>
    <message>
        <source>Empty: the computer&apos;s name (%1)</source>
        <translation>Empty: the computer&apos;s name (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (not connected)</translation>
    </message>
    <message>
        <source>Choose two different screens, or Automatic.</source>
        <translation>Choose two different screens, or Automatic.</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>Give the event a name.</source>
        <translation>Give the event a name.</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation>The event must end after it starts.</translation>
    </message>
    <message>
        <source>Tick at least one language.</source>
        <translation>Tick at least one language.</translation>
    </message>
    <message>
        <source>The default language must be one of the ticked languages.</source>
        <translation>The default language must be one of the ticked languages.</translation>
    </message>
    <message>
        <source>The time before going back to welcome must be %1 to %2 seconds.</source>
        <translation>The time before going back to welcome must be %1 to %2 seconds.</translation>
    </message>
    <message>
        <source>Guests&apos; data must be erased after %1 to %2 days.</source>
        <translation>Guests&apos; data must be erased after %1 to %2 days.</translation>
    </message>
</context>
</TS>
