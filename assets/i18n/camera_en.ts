<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CameraPanel</name>
    <message>
        <source>The camera isn&apos;t working right now.</source>
        <translation>The camera isn&apos;t working right now.</translation>
    </message>
    <message>
        <source>Please scan your ticket at the reader, or touch the screen to find your name.</source>
        <translation>Please scan your ticket at the reader, or touch the screen to find your name.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Show your ticket&apos;s QR code to the camera</source>
        <translation>Show your ticket&apos;s QR code to the camera</translation>
    </message>
    <message>
        <source>Hold it inside the square, about 20 cm away.</source>
        <translation>Hold it inside the square, about 20 cm away.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
