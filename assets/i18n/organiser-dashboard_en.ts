<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArrivalsChart</name>
    <message numerus="yes">
        <source>%n arrivals</source>
        <translation>
            <numerusform>%n arrival</numerusform>
            <numerusform>%n arrivals</numerusform>
        </translation>
    </message>
    <message>
        <source>No arrivals yet: the chart fills in as guests check in.</source>
        <translation>No arrivals yet: the chart fills in as guests check in.</translation>
    </message>
    <message numerus="yes">
        <source>Arrivals per %n minutes</source>
        <translation>
            <numerusform>Arrivals per %n minute</numerusform>
            <numerusform>Arrivals per %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Present now</source>
        <translation>Present now</translation>
    </message>
    <message>
        <source>Checked in in total</source>
        <translation>Checked in in total</translation>
    </message>
    <message>
        <source>Have left</source>
        <translation>Have left</translation>
    </message>
    <message>
        <source>Top skills here (can help with)</source>
        <translation>Top skills here (can help with)</translation>
    </message>
    <message>
        <source>Top interests here (would like to talk about)</source>
        <translation>Top interests here (would like to talk about)</translation>
    </message>
    <message>
        <source>Wanted, but nobody here offers it</source>
        <translation>Wanted, but nobody here offers it</translation>
    </message>
    <message>
        <source>Nobody to suggest to them yet: introduce them to someone by hand.</source>
        <translation>Nobody to suggest to them yet: introduce them to someone by hand.</translation>
    </message>
    <message>
        <source>Nobody here yet.</source>
        <translation>Nobody here yet.</translation>
    </message>
    <message>
        <source>No skills among guests here.</source>
        <translation>No skills among guests here.</translation>
    </message>
    <message>
        <source>No interests among guests here.</source>
        <translation>No interests among guests here.</translation>
    </message>
    <message>
        <source>Everything wanted here is offered by someone here.</source>
        <translation>Everything wanted here is offered by someone here.</translation>
    </message>
    <message numerus="yes">
        <source>%n guests with no suggestion yet</source>
        <translation>
            <numerusform>%n guest with no suggestion yet</numerusform>
            <numerusform>%n guests with no suggestion yet</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone here has at least one suggestion.</source>
        <translation>Everyone here has at least one suggestion.</translation>
    </message>
    <message>
        <source>Cannot read the room just now; trying again.</source>
        <translation>Cannot read the room just now; trying again.</translation>
    </message>
    <message>
        <source>Reading the room…</source>
        <translation>Reading the room…</translation>
    </message>
    <message>
        <source>Live, updated at %1</source>
        <translation>Live, updated at %1</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Would like to talk about</source>
        <translation>Would like to talk about</translation>
    </message>
    <message>
        <source>Can help with</source>
        <translation>Can help with</translation>
    </message>
    <message>
        <source>(no tags yet)</source>
        <translation>(no tags yet)</translation>
    </message>
</context>
</TS>
