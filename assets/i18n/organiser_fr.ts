<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>OrganiserWindow</name>
    <message>
        <source>Leave fullscreen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Fullscreen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>PIN changed.</source>
        <translation>Code PIN modifié.</translation>
    </message>
    <message>
        <source>Badge printer: none found. Connect a printer, or ask the venue technician.</source>
        <translation>Imprimante à badges : introuvable. Branchez une imprimante ou appelez le technicien du lieu.</translation>
    </message>
    <message>
        <source>Badge printer: paused. Resume it in the system&apos;s printer settings.</source>
        <translation>Imprimante à badges : en pause. Relancez-la dans les réglages d’impression du système.</translation>
    </message>
    <message>
        <source>Badge printer: offline. Check its cable, power and paper.</source>
        <translation>Imprimante à badges : hors ligne. Vérifiez le câble, l’alimentation et le papier.</translation>
    </message>
    <message>
        <source>Badge printer: the last badge failed to print.</source>
        <translation>Imprimante à badges : le dernier badge n’a pas pu être imprimé.</translation>
    </message>
    <message>
        <source>Organiser mode</source>
        <translation>Mode organisateur</translation>
    </message>
    <message>
        <source>Back to guest mode</source>
        <translation>Retour au mode invité</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Changer le code PIN</translation>
    </message>
    <message>
        <source>Quit Icebreaker</source>
        <translation>Quitter Icebreaker</translation>
    </message>
    <message>
        <source>Quit Icebreaker?</source>
        <translation>Quitter Icebreaker ?</translation>
    </message>
    <message>
        <source>Check-in and the wall stop on this machine until it is started again.</source>
        <translation>L&apos;accueil et le mur s&apos;arrêtent sur cette machine jusqu&apos;à son redémarrage.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Rester</translation>
    </message>
    <message numerus="yes">
        <source>Locking in %n s</source>
        <translation>
            <numerusform>Verrouillage dans %n s</numerusform>
            <numerusform>Verrouillage dans %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Organiser mode</source>
        <translation>Mode organisateur</translation>
    </message>
    <message>
        <source>Change the PIN</source>
        <translation>Changer le code PIN</translation>
    </message>
    <message>
        <source>Choose the organiser PIN</source>
        <translation>Choisissez le code PIN organisateur</translation>
    </message>
    <message>
        <source>No organiser PIN on this machine</source>
        <translation>Aucun code PIN organisateur sur cette machine</translation>
    </message>
    <message>
        <source>Type the organiser PIN.</source>
        <translation>Tapez le code PIN organisateur.</translation>
    </message>
    <message>
        <source>Type the current PIN.</source>
        <translation>Tapez le code PIN actuel.</translation>
    </message>
    <message>
        <source>At least %1 digits, not too easy to guess.</source>
        <translation>Au moins %1 chiffres, pas trop faciles à deviner.</translation>
    </message>
    <message>
        <source>Type the same PIN again.</source>
        <translation>Tapez à nouveau le même code PIN.</translation>
    </message>
    <message>
        <source>Set one at this machine&apos;s console: kiosk set-pin</source>
        <translation>Définissez-en un à la console de cette machine : kiosk set-pin</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN incorrect.</translation>
    </message>
    <message>
        <source>The two PINs differ: choose it again.</source>
        <translation>Les deux codes diffèrent : choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>The PIN cannot be read or saved on this machine: see the console.</source>
        <translation>Le code PIN ne peut être ni lu ni enregistré sur cette machine : voyez la console.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts: try again in %n s.</source>
        <translation>
            <numerusform>Trop d&apos;essais : réessayez dans %n s.</numerusform>
            <numerusform>Trop d&apos;essais : réessayez dans %n s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts: try again in %n min.</source>
        <translation>
            <numerusform>Trop d&apos;essais : réessayez dans %n min.</numerusform>
            <numerusform>Trop d&apos;essais : réessayez dans %n min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Digits only.</source>
        <translation>Des chiffres uniquement.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n digits.</source>
        <translation>
            <numerusform>Au moins %n chiffre.</numerusform>
            <numerusform>Au moins %n chiffres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n digits.</source>
        <translation>
            <numerusform>Au plus %n chiffre.</numerusform>
            <numerusform>Au plus %n chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess (repeated digits): choose another.</source>
        <translation>Trop facile à deviner (chiffres répétés) : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Too easy to guess (a run of digits): choose another.</source>
        <translation>Trop facile à deviner (suite de chiffres) : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Too common a PIN: choose another.</source>
        <translation>Code PIN trop courant : choisissez-en un autre.</translation>
    </message>
</context>
</TS>
