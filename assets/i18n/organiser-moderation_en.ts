<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AfterEventPage</name>
    <message>
        <source>Erase %1 for good? Their name, choices, arrivals and history are deleted; the wall and the stations drop them at once.</source>
        <translation>Erase %1 for good? Their name, choices, arrivals and history are deleted; the wall and the stations drop them at once.</translation>
    </message>
    <message>
        <source>Erase a guest</source>
        <translation>Erase a guest</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>After the event</source>
        <translation>After the event</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Three files: attendance (names and emails: keep it private), tag statistics and a report without names.</source>
        <translation>Three files: attendance (names and emails: keep it private), tag statistics and a report without names.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choose a folder…</translation>
    </message>
    <message>
        <source>Erase one guest</source>
        <translation>Erase one guest</translation>
    </message>
    <message>
        <source>Everything about them goes: name, choices, arrivals, history.</source>
        <translation>Everything about them goes: name, choices, arrivals, history.</translation>
    </message>
    <message>
        <source>Automatic purge</source>
        <translation>Automatic purge</translation>
    </message>
    <message>
        <source>Wipe the event</source>
        <translation>Wipe the event</translation>
    </message>
    <message>
        <source>Type the event&apos;s name to confirm</source>
        <translation>Type the event&apos;s name to confirm</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <source>No folder chosen yet (a USB stick shows up under /media).</source>
        <translation>No folder chosen yet (a USB stick shows up under /media).</translation>
    </message>
    <message numerus="yes">
        <source>Personal data will be erased automatically on %1, %n days after the event ends (at the kiosk&apos;s next start after that date).</source>
        <translation>
            <numerusform>Personal data will be erased automatically on %1, %n day after the event ends (at the kiosk&apos;s next start after that date).</numerusform>
            <numerusform>Personal data will be erased automatically on %1, %n days after the event ends (at the kiosk&apos;s next start after that date).</numerusform>
        </translation>
    </message>
    <message>
        <source>No automatic purge has run for this event.</source>
        <translation>No automatic purge has run for this event.</translation>
    </message>
    <message numerus="yes">
        <source>Last automatic purge: %1, %n guests erased.</source>
        <translation>
            <numerusform>Last automatic purge: %1, %n guest erased.</numerusform>
            <numerusform>Last automatic purge: %1, %n guests erased.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erases for good every guest of “%1”: %2 guests, %3 arrivals, %4 tags typed by guests. Settings and vocabulary stay.</source>
        <translation>Erases for good every guest of “%1”: %2 guests, %3 arrivals, %4 tags typed by guests. Settings and vocabulary stay.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rows, private)</source>
        <translation>
            <numerusform>%1 (%n row, private)</numerusform>
            <numerusform>%1 (%n rows, private)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rows)</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>%1 was erased.</translation>
    </message>
    <message>
        <source>Already erased.</source>
        <translation>Already erased.</translation>
    </message>
    <message>
        <source>The event was wiped: %1 guests erased.</source>
        <translation>The event was wiped: %1 guests erased.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>The database did not answer: nothing changed. Try again.</source>
        <translation>The database did not answer: nothing changed. Try again.</translation>
    </message>
</context>
<context>
    <name>GuestSearch</name>
    <message>
        <source>Erase…</source>
        <translation>Erase…</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Show again</translation>
    </message>
    <message>
        <source>Hide from the wall now</source>
        <translation>Hide from the wall now</translation>
    </message>
    <message>
        <source>Type part of a first or last name, a ticket or an email.</source>
        <translation>Type part of a first or last name, a ticket or an email.</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Nobody found.</translation>
    </message>
    <message>
        <source>Hidden from the wall by the organiser</source>
        <translation>Hidden from the wall by the organiser</translation>
    </message>
    <message>
        <source>Did not agree to appear on the wall</source>
        <translation>Did not agree to appear on the wall</translation>
    </message>
    <message>
        <source>May appear on the wall</source>
        <translation>May appear on the wall</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Find a guest</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into a tag</source>
        <translation>Merge into a tag</translation>
    </message>
    <message>
        <source>Guests holding “%1” will hold the tag you pick instead.</source>
        <translation>Guests holding “%1” will hold the tag you pick instead.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>ModerationDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Where to export</source>
        <translation>Where to export</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Tags typed by guests, not reviewed yet</source>
        <translation>Tags typed by guests, not reviewed yet</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Translate…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Names typed at the door</source>
        <translation>Names typed at the door</translation>
    </message>
    <message>
        <source>Approve the name</source>
        <translation>Approve the name</translation>
    </message>
    <message>
        <source>Hide from the wall</source>
        <translation>Hide from the wall</translation>
    </message>
    <message>
        <source>Hide anyone from the wall</source>
        <translation>Hide anyone from the wall</translation>
    </message>
    <message>
        <source>What guests type reaches the wall only once you approve it. Hidden tags stay off the wall and the chips; guests keep their other tags.</source>
        <translation>What guests type reaches the wall only once you approve it. Hidden tags stay off the wall and the chips; guests keep their other tags.</translation>
    </message>
    <message>
        <source>This event shows what guests type on the wall at once: hide what should not be there. Hidden tags stay off the wall and the chips.</source>
        <translation>This event shows what guests type on the wall at once: hide what should not be there. Hidden tags stay off the wall and the chips.</translation>
    </message>
    <message>
        <source>No tag waiting: everything guests typed was reviewed.</source>
        <translation>No tag waiting: everything guests typed was reviewed.</translation>
    </message>
    <message>
        <source>No name waiting.</source>
        <translation>No name waiting.</translation>
    </message>
    <message>
        <source>“%1” approved.</source>
        <translation>“%1” approved.</translation>
    </message>
    <message>
        <source>“%1” hidden.</source>
        <translation>“%1” hidden.</translation>
    </message>
    <message>
        <source>“%1” translated.</source>
        <translation>“%1” translated.</translation>
    </message>
    <message>
        <source>“%1” merged.</source>
        <translation>“%1” merged.</translation>
    </message>
    <message>
        <source>%1: name approved.</source>
        <translation>%1: name approved.</translation>
    </message>
    <message>
        <source>%1 is hidden from the wall.</source>
        <translation>%1 is hidden from the wall.</translation>
    </message>
    <message>
        <source>%1 may appear on the wall again.</source>
        <translation>%1 may appear on the wall again.</translation>
    </message>
    <message>
        <source>Already done.</source>
        <translation>Already done.</translation>
    </message>
    <message>
        <source>No longer there: another screen changed it.</source>
        <translation>No longer there: another screen changed it.</translation>
    </message>
    <message>
        <source>Both labels are needed.</source>
        <translation>Both labels are needed.</translation>
    </message>
    <message>
        <source>A label is too long.</source>
        <translation>A label is too long.</translation>
    </message>
    <message>
        <source>“%1” is a job title: tags are know-how.</source>
        <translation>“%1” is a job title: tags are know-how.</translation>
    </message>
    <message>
        <source>“%1” is not allowed.</source>
        <translation>“%1” is not allowed.</translation>
    </message>
    <message>
        <source>The database did not answer: nothing changed. Try again.</source>
        <translation>The database did not answer: nothing changed. Try again.</translation>
    </message>
</context>
<context>
    <name>PendingNameModel</name>
    <message>
        <source>Hidden from the wall</source>
        <translation>Hidden from the wall</translation>
    </message>
    <message>
        <source>Agreed to the wall</source>
        <translation>Agreed to the wall</translation>
    </message>
    <message>
        <source>Not on the wall</source>
        <translation>Not on the wall</translation>
    </message>
    <message>
        <source>Name typed</source>
        <translation>Name typed</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Wall</translation>
    </message>
</context>
<context>
    <name>PendingTagModel</name>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Skill</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interest</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
</context>
<context>
    <name>TranslateDialog</name>
    <message>
        <source>Translate a tag</source>
        <translation>Translate a tag</translation>
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
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
</TS>
