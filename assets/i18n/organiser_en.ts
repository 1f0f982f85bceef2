<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>OrganiserWindow</name>
    <message>
        <source>Leave fullscreen</source>
        <translation>Leave fullscreen</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Fullscreen</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>PIN changed.</translation>
    </message>
    <message>
        <source>Badge printer: none found. Connect a printer, or ask the venue technician.</source>
        <translation>Badge printer: none found. Connect a printer, or ask the venue technician.</translation>
    </message>
    <message>
        <source>Badge printer: paused. Resume it in the system&apos;s printer settings.</source>
        <translation>Badge printer: paused. Resume it in the system&apos;s printer settings.</translation>
    </message>
    <message>
        <source>Badge printer: offline. Check its cable, power and paper.</source>
        <translation>Badge printer: offline. Check its cable, power and paper.</translation>
    </message>
    <message>
        <source>Badge printer: the last badge failed to print.</source>
        <translation>Badge printer: the last badge failed to print.</translation>
    </message>
    <message>
        <source>Organiser mode</source>
        <translation>Organiser mode</translation>
    </message>
    <message>
        <source>Back to guest mode</source>
        <translation>Back to guest mode</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Change PIN</translation>
    </message>
    <message>
        <source>Quit Icebreaker</source>
        <translation>Quit Icebreaker</translation>
    </message>
    <message>
        <source>Quit Icebreaker?</source>
        <translation>Quit Icebreaker?</translation>
    </message>
    <message>
        <source>Check-in and the wall stop on this machine until it is started again.</source>
        <translation>Check-in and the wall stop on this machine until it is started again.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message numerus="yes">
        <source>Locking in %n s</source>
        <translation>
            <numerusform>Locking in %n s</numerusform>
            <numerusform>Locking in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Organiser mode</source>
        <translation>Organiser mode</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <translation>Change the PIN</translation>
    </message>
    <message>
        <source>Choose the organiser PIN</source>
        <translation>Choose the organiser PIN</translation>
    </message>
    <message>
        <source>No organiser PIN on this machine</source>
        <translation>No organiser PIN on this machine</translation>
    </message>
    <message>
        <source>Type the organiser PIN.</source>
        <translation>Type the organiser PIN.</translation>
    </message>
    <message>
        <source>Type the current PIN.</source>
        <translation>Type the current PIN.</translation>
    </message>
    <message>
        <source>At least %1 digits, not too easy to guess.</source>
        <translation>At least %1 digits, not too easy to guess.</translation>
    </message>
    <message>
        <source>Type the same PIN again.</source>
        <translation>Type the same PIN again.</translation>
    </message>
    <message>
        <source>Set one at this machine&apos;s console: kiosk set-pin</source>
        <translation>Set one at this machine&apos;s console: kiosk set-pin</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Erase</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <source>The two PINs differ: choose it again.</source>
        <translation>The two PINs differ: choose it again.</translation>
    </message>
    <message>
        <source>The PIN cannot be read or saved on this machine: see the console.</source>
        <translation>The PIN cannot be read or saved on this machine: see the console.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts: try again in %n s.</source>
        <translation>
            <numerusform>Too many attempts: try again in %n s.</numerusform>
            <numerusform>Too many attempts: try again in %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts: try again in %n min.</source>
        <translation>
            <numerusform>Too many attempts: try again in %n min.</numerusform>
            <numerusform>Too many attempts: try again in %n min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Digits only.</source>
        <translation>Digits only.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n digits.</source>
        <translation>
            <numerusform>At least %n digit.</numerusform>
            <numerusform>At least %n digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n digits.</source>
        <translation>
            <numerusform>At most %n digit.</numerusform>
            <numerusform>At most %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess (repeated digits): choose another.</source>
        <translation>Too easy to guess (repeated digits): choose another.</translation>
    </message>
    <message>
        <source>Too easy to guess (a run of digits): choose another.</source>
        <translation>Too easy to guess (a run of digits): choose another.</translation>
    </message>
    <message>
        <source>Too common a PIN: choose another.</source>
        <translation>Too common a PIN: choose another.</translation>
    </message>
</context>
</TS>
