<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CameraPanel</name>
    <message>
        <source>The camera isn&apos;t working right now.</source>
        <translation>La caméra ne fonctionne pas pour le moment.</translation>
    </message>
    <message>
        <source>Please scan your ticket at the reader, or touch the screen to find your name.</source>
        <translation>Scannez votre billet au lecteur, ou touchez l’écran pour trouver votre nom.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Show your ticket&apos;s QR code to the camera</source>
        <translation>Montrez le QR code de votre billet à la caméra</translation>
    </message>
    <message>
        <source>Hold it inside the square, about 20 cm away.</source>
        <translation>Tenez-le dans le carré, à environ 20 cm.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>
