<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BusyOverlay</name>
    <message>
        <source>One moment…</source>
        <translation>One moment…</translation>
    </message>
</context>
<context>
    <name>ChipBoard</name>
    <message>
        <source>Popular right now</source>
        <translation>Popular right now</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Added by you</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>No tag matches yet: add yours.</source>
        <translation>No tag matches yet: add yours.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>You decide what others see</source>
        <translation>You decide what others see</translation>
    </message>
    <message>
        <source>Show me on the wall</source>
        <translation>Show me on the wall</translation>
    </message>
    <message>
        <source>Your first name and your tags only: never your email, company or last name.</source>
        <translation>Your first name and your tags only: never your email, company or last name.</translation>
    </message>
    <message>
        <source>Suggest me to other guests</source>
        <translation>Suggest me to other guests</translation>
    </message>
    <message>
        <source>Others may be told to meet you. You get your own suggestions either way.</source>
        <translation>Others may be told to meet you. You get your own suggestions either way.</translation>
    </message>
    <message>
        <source>Both stay off unless you turn them on.</source>
        <translation>Both stay off unless you turn them on.</translation>
    </message>
    <message>
        <source>Continue →</source>
        <translation>Continue →</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>That is a bit long: %n characters at most.</source>
        <translation>
            <numerusform>That is a bit long: %n character at most.</numerusform>
            <numerusform>That is a bit long: %n characters at most.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at most: remove one to add another.</source>
        <translation>
            <numerusform>%n at most: remove one to add another.</numerusform>
            <numerusform>%n at most: remove one to add another.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is too long: %n characters at most.</source>
        <translation>
            <numerusform>That is too long: %n character at most.</numerusform>
            <numerusform>That is too long: %n characters at most.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people here</source>
        <translation>
            <numerusform>%n person here</numerusform>
            <numerusform>%n people here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n want to talk about %1</source>
        <translation>
            <numerusform>%n wants to talk about %1</numerusform>
            <numerusform>%n want to talk about %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>That doesn&apos;t look like a link or an email address.</source>
        <translation>That doesn&apos;t look like a link or an email address.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>A few details, if you like</source>
        <translation>A few details, if you like</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>How would you like to be addressed?</source>
        <translation>How would you like to be addressed?</translation>
    </message>
    <message>
        <source>How do you like to say hello?</source>
        <translation>How do you like to say hello?</translation>
    </message>
    <message>
        <source>A link or an email to share through the QR code on your badge (optional)</source>
        <translation>A link or an email to share through the QR code on your badge (optional)</translation>
    </message>
    <message>
        <source>e.g. linkedin.com/in/yourname</source>
        <translation>e.g. linkedin.com/in/yourname</translation>
    </message>
    <message>
        <source>Continue →</source>
        <translation>Continue →</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Hide keyboard</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>You&apos;re in, %1! Talk to these people</source>
        <translation>You&apos;re in, %1! Talk to these people</translation>
    </message>
    <message>
        <source>Talk to these people</source>
        <translation>Talk to these people</translation>
    </message>
    <message>
        <source>They are here now. Say hello and mention the reason.</source>
        <translation>They are here now. Say hello and mention the reason.</translation>
    </message>
    <message>
        <source>You are among the first! Nobody matches you yet: watch the wall as people arrive, your suggestions will show there.</source>
        <translation>You are among the first! Nobody matches you yet: watch the wall as people arrive, your suggestions will show there.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Print my badge</source>
        <translation>Print my badge</translation>
    </message>
    <message>
        <source>Show my QR code</source>
        <translation>Show my QR code</translation>
    </message>
    <message>
        <source>Your badge is printing: pick it up at the printer.</source>
        <translation>Your badge is printing: pick it up at the printer.</translation>
    </message>
    <message>
        <source>There is no printer here: ask at the desk for your badge.</source>
        <translation>There is no printer here: ask at the desk for your badge.</translation>
    </message>
    <message>
        <source>The printer is paused: ask at the desk for your badge.</source>
        <translation>The printer is paused: ask at the desk for your badge.</translation>
    </message>
    <message>
        <source>The printer is offline: ask at the desk for your badge.</source>
        <translation>The printer is offline: ask at the desk for your badge.</translation>
    </message>
    <message>
        <source>Your badge could not be printed. You can try again or ask at the desk.</source>
        <translation>Your badge could not be printed. You can try again or ask at the desk.</translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n s. Touch the screen to stay.</source>
        <translation>
            <numerusform>Back to the start in %n s. Touch the screen to stay.</numerusform>
            <numerusform>Back to the start in %n s. Touch the screen to stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindYourselfScreen</name>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Leaving? Find your name</source>
        <translation>Leaving? Find your name</translation>
    </message>
    <message>
        <source>Find your name</source>
        <translation>Find your name</translation>
    </message>
    <message>
        <source>Your first or last name</source>
        <translation>Your first or last name</translation>
    </message>
    <message>
        <source>I&apos;m not on the list</source>
        <translation>I&apos;m not on the list</translation>
    </message>
    <message>
        <source>Type the first letters of your first or last name.</source>
        <translation>Type the first letters of your first or last name.</translation>
    </message>
    <message>
        <source>Nobody by that name is here. Check the spelling.</source>
        <translation>Nobody by that name is here. Check the spelling.</translation>
    </message>
    <message>
        <source>Nobody by that name yet. Check the spelling, or tap “I&apos;m not on the list”.</source>
        <translation>Nobody by that name yet. Check the spelling, or tap “I&apos;m not on the list”.</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>Starting over in %n s.</source>
        <translation>
            <numerusform>Starting over in %n s.</numerusform>
            <numerusform>Starting over in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Yes, continue</translation>
    </message>
</context>
<context>
    <name>LeavingScreen</name>
    <message>
        <source>Thank you for coming, %1!</source>
        <translation>Thank you for coming, %1!</translation>
    </message>
    <message>
        <source>You no longer appear on the wall or in suggestions. Have a good evening.</source>
        <translation>You no longer appear on the wall or in suggestions. Have a good evening.</translation>
    </message>
    <message>
        <source>Leaving already, %1?</source>
        <translation>Leaving already, %1?</translation>
    </message>
    <message>
        <source>Once you confirm, you disappear from the wall and from suggestions.</source>
        <translation>Once you confirm, you disappear from the wall and from suggestions.</translation>
    </message>
    <message>
        <source>Yes, I&apos;m leaving</source>
        <translation>Yes, I&apos;m leaving</translation>
    </message>
    <message>
        <source>← Not me</source>
        <translation>← Not me</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>space</source>
        <translation>space</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Let someone scan this with their phone: it saves your name and the contact you chose to share.</source>
        <translation>Let someone scan this with their phone: it saves your name and the contact you chose to share.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>ReturningScreen</name>
    <message>
        <source>Welcome back, %1!</source>
        <translation>Welcome back, %1!</translation>
    </message>
    <message>
        <source>You can be seen on the wall or suggested to others. One tap stops it.</source>
        <translation>You can be seen on the wall or suggested to others. One tap stops it.</translation>
    </message>
    <message>
        <source>You are not shown on the wall and not suggested to anyone.</source>
        <translation>You are not shown on the wall and not suggested to anyone.</translation>
    </message>
    <message>
        <source>See who to talk to</source>
        <translation>See who to talk to</translation>
    </message>
    <message>
        <source>Change my tags</source>
        <translation>Change my tags</translation>
    </message>
    <message>
        <source>Stop showing me on the wall and to others</source>
        <translation>Stop showing me on the wall and to others</translation>
    </message>
    <message>
        <source>That&apos;s all, thanks</source>
        <translation>That&apos;s all, thanks</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>I can help with</source>
        <translation>I can help with</translation>
    </message>
    <message>
        <source>Tap what you know well below.</source>
        <translation>Tap what you know well below.</translation>
    </message>
    <message>
        <source>I&apos;d like to talk about</source>
        <translation>I&apos;d like to talk about</translation>
    </message>
    <message>
        <source>Tap what you&apos;d like to discuss below.</source>
        <translation>Tap what you&apos;d like to discuss below.</translation>
    </message>
    <message>
        <source>Tap this box to add more.</source>
        <translation>Tap this box to add more.</translation>
    </message>
</context>
<context>
    <name>TagPickerScreen</name>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Pick 1 to 5 tags in each box</source>
        <translation>Pick 1 to 5 tags in each box</translation>
    </message>
    <message>
        <source>Search a tag, or type your own</source>
        <translation>Search a tag, or type your own</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Hide keyboard</translation>
    </message>
    <message>
        <source>+ Add “%1”</source>
        <translation>+ Add “%1”</translation>
    </message>
    <message>
        <source>Next: what I&apos;d like to talk about →</source>
        <translation>Next: what I&apos;d like to talk about →</translation>
    </message>
    <message>
        <source>Continue →</source>
        <translation>Continue →</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>First, show it&apos;s you</source>
        <translation>First, show it&apos;s you</translation>
    </message>
    <message>
        <source>Scan your ticket, or tap your email address:</source>
        <translation>Scan your ticket, or tap your email address:</translation>
    </message>
    <message>
        <source>Scan your ticket to change your tags.</source>
        <translation>Scan your ticket to change your tags.</translation>
    </message>
    <message>
        <source>That is not the right one. Scan your ticket, or ask at the welcome desk.</source>
        <translation>That is not the right one. Scan your ticket, or ask at the welcome desk.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
</context>
<context>
    <name>WalkInScreen</name>
    <message>
        <source>Please type your last name: this event asks for it.</source>
        <translation>Please type your last name: this event asks for it.</translation>
    </message>
    <message>
        <source>Please type your organisation: this event asks for it.</source>
        <translation>Please type your organisation: this event asks for it.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Welcome! What is your name?</source>
        <translation>Welcome! What is your name?</translation>
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
        <source>Last name (optional)</source>
        <translation>Last name (optional)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation>Organisation (optional)</translation>
    </message>
    <message>
        <source>Only used to avoid suggesting your own colleagues. Never shown.</source>
        <translation>Only used to avoid suggesting your own colleagues. Never shown.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Meet people over what you know, not over your job title.</source>
        <translation>Meet people over what you know, not over your job title.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Touch to start</translation>
    </message>
    <message>
        <source>Got a ticket? Scan it to check in at once.</source>
        <translation>Got a ticket? Scan it to check in at once.</translation>
    </message>
    <message>
        <source>I&apos;m leaving</source>
        <translation>I&apos;m leaving</translation>
    </message>
    <message>
        <source>Scan a code with the camera</source>
        <translation>Scan a code with the camera</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>“%1” sounds like a job title. Here people meet over what they know, not over rank: what could you help with, or talk about?</source>
        <translation>“%1” sounds like a job title. Here people meet over what they know, not over rank: what could you help with, or talk about?</translation>
    </message>
    <message>
        <source>That word can&apos;t go on the screens. Could you say it another way?</source>
        <translation>That word can&apos;t go on the screens. Could you say it another way?</translation>
    </message>
    <message>
        <source>Type a word or two first.</source>
        <translation>Type a word or two first.</translation>
    </message>
    <message>
        <source>Pick at least one thing you&apos;d like to talk about.</source>
        <translation>Pick at least one thing you&apos;d like to talk about.</translation>
    </message>
    <message>
        <source>Pick at least one thing you can help with.</source>
        <translation>Pick at least one thing you can help with.</translation>
    </message>
    <message>
        <source>That can&apos;t go on the screens. Please type your name.</source>
        <translation>That can&apos;t go on the screens. Please type your name.</translation>
    </message>
    <message>
        <source>Please type your first name.</source>
        <translation>Please type your first name.</translation>
    </message>
    <message>
        <source>%1 can help you with %2</source>
        <translation>%1 can help you with %2</translation>
    </message>
    <message>
        <source>You can help %1 with %2</source>
        <translation>You can help %1 with %2</translation>
    </message>
    <message>
        <source>%1 also wants to talk about %2</source>
        <translation>%1 also wants to talk about %2</translation>
    </message>
    <message>
        <source>We couldn&apos;t save that just now. Please try again in a moment.</source>
        <translation>We couldn&apos;t save that just now. Please try again in a moment.</translation>
    </message>
    <message>
        <source>We don&apos;t recognise this ticket. Please find your name instead.</source>
        <translation>We don&apos;t recognise this ticket. Please find your name instead.</translation>
    </message>
    <message>
        <source>This ticket is on several names. Please find your name instead.</source>
        <translation>This ticket is on several names. Please find your name instead.</translation>
    </message>
    <message>
        <source>You have already checked out. See you soon!</source>
        <translation>You have already checked out. See you soon!</translation>
    </message>
    <message>
        <source>Please ask at the welcome desk: we&apos;ll sort it out.</source>
        <translation>Please ask at the welcome desk: we&apos;ll sort it out.</translation>
    </message>
    <message>
        <source>First name is fine</source>
        <translation>First name is fine</translation>
    </message>
    <message>
        <source>Formal, please</source>
        <translation>Formal, please</translation>
    </message>
    <message>
        <source>Either is fine</source>
        <translation>Either is fine</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Handshake</translation>
    </message>
    <message>
        <source>A wave</source>
        <translation>A wave</translation>
    </message>
    <message>
        <source>Cheek kiss</source>
        <translation>Cheek kiss</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>No contact</translation>
    </message>
    <message>
        <source>Any greeting</source>
        <translation>Any greeting</translation>
    </message>
    <message>
        <source>Doors are open: be among the first!</source>
        <translation>Doors are open: be among the first!</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
</TS>
