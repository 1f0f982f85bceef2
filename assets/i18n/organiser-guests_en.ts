<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>GuestsPage</name>
    <message>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>First or last name, email or ticket</source>
        <translation>First or last name, email or ticket</translation>
    </message>
    <message>
        <source>Merge a duplicate into this guest…</source>
        <translation>Merge a duplicate into this guest…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Merge and erase the duplicate</source>
        <translation>Merge and erase the duplicate</translation>
    </message>
    <message>
        <source>Find a guest on the left to see and correct their record.</source>
        <translation>Find a guest on the left to see and correct their record.</translation>
    </message>
    <message>
        <source>Type two letters or more.</source>
        <translation>Type two letters or more.</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling, or try the email.</source>
        <translation>Nobody found. Check the spelling, or try the email.</translation>
    </message>
    <message>
        <source>Find the duplicate of %1 on the left and pick it.</source>
        <translation>Find the duplicate of %1 on the left and pick it.</translation>
    </message>
    <message>
        <source>Duplicate: %1</source>
        <translation>Duplicate: %1</translation>
    </message>
    <message>
        <source>%1 keeps their record and gets the duplicate&apos;s check-ins, tags (five of each at most) and missing contact details; a consent refused in either stays refused. The duplicate is then erased.</source>
        <translation>%1 keeps their record and gets the duplicate&apos;s check-ins, tags (five of each at most) and missing contact details; a consent refused in either stays refused. The duplicate is then erased.</translation>
    </message>
</context>
<context>
    <name>PresencePanel</name>
    <message>
        <source>Check in by hand</source>
        <translation>Check in by hand</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <source>Here since %1, checked in at %2</source>
        <translation>Here since %1, checked in at %2</translation>
    </message>
    <message>
        <source>Not here now</source>
        <translation>Not here now</translation>
    </message>
    <message>
        <source>Not checked in yet</source>
        <translation>Not checked in yet</translation>
    </message>
    <message>
        <source>Checked in at %1 (%2)</source>
        <translation>Checked in at %1 (%2)</translation>
    </message>
    <message>
        <source>undone at %1</source>
        <translation>undone at %1</translation>
    </message>
    <message>
        <source>left at %1</source>
        <translation>left at %1</translation>
    </message>
    <message>
        <source>still here</source>
        <translation>still here</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Addressed by</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Greeting</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>Shown on the wall</source>
        <translation>Shown on the wall</translation>
    </message>
    <message>
        <source>Suggested to other guests</source>
        <translation>Suggested to other guests</translation>
    </message>
    <message>
        <source>Organisation on the badge</source>
        <translation>Organisation on the badge</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Undo my edits</source>
        <translation>Undo my edits</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>too long: %n characters at most.</source>
        <translation>
            <numerusform>too long: %n character at most.</numerusform>
            <numerusform>too long: %n characters at most.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guests</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email or ticket</source>
        <translation>Email or ticket</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>here</source>
        <translation>here</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>this does not look like an email address.</source>
        <translation>this does not look like an email address.</translation>
    </message>
    <message>
        <source>another guest already holds this ticket.</source>
        <translation>another guest already holds this ticket.</translation>
    </message>
    <message>
        <source>a word in it cannot go on the screens; please write it another way.</source>
        <translation>a word in it cannot go on the screens; please write it another way.</translation>
    </message>
    <message>
        <source>required.</source>
        <translation>required.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was saved.</source>
        <translation>%1: %2 Nothing was saved.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Nothing to save: no change.</source>
        <translation>Nothing to save: no change.</translation>
    </message>
    <message>
        <source>Checked in.</source>
        <translation>Checked in.</translation>
    </message>
    <message>
        <source>Already checked in (perhaps at another station).</source>
        <translation>Already checked in (perhaps at another station).</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>Checked out.</translation>
    </message>
    <message>
        <source>Check-in undone: it no longer counts as an arrival.</source>
        <translation>Check-in undone: it no longer counts as an arrival.</translation>
    </message>
    <message>
        <source>That check-in had already ended (perhaps at another station).</source>
        <translation>That check-in had already ended (perhaps at another station).</translation>
    </message>
    <message>
        <source>Merged: the duplicate was erased, its check-ins and tags are here.</source>
        <translation>Merged: the duplicate was erased, its check-ins and tags are here.</translation>
    </message>
    <message>
        <source>That is the same guest: pick the other record.</source>
        <translation>That is the same guest: pick the other record.</translation>
    </message>
    <message>
        <source>This guest no longer exists: erased or merged meanwhile. Search again.</source>
        <translation>This guest no longer exists: erased or merged meanwhile. Search again.</translation>
    </message>
    <message>
        <source>Could not reach the database: nothing was changed. Try again in a moment.</source>
        <translation>Could not reach the database: nothing was changed. Try again in a moment.</translation>
    </message>
</context>
</TS>
