<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BrandingPreview</name>
    <message>
        <source>Welcome screen</source>
        <translation>Écran d&apos;accueil</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
</context>
<context>
    <name>ColourField</name>
    <message>
        <source>Pick a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Identité visuelle</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Consent wording</source>
        <translation>Texte des consentements</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Empty: the event&apos;s name</source>
        <translation>Vide : le nom de l&apos;événement</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Empty: the standard wording</source>
        <translation>Vide : le texte standard</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>When two guests share a first name</source>
        <translation>Quand deux invités ont le même prénom</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Both, alternating</source>
        <translation>Les deux, en alternance</translation>
    </message>
    <message>
        <source>Shown at once</source>
        <translation>Affiché tout de suite</translation>
    </message>
    <message>
        <source>Only after my approval</source>
        <translation>Seulement après mon accord</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>Name on the screens</source>
        <translation>Nom sur les écrans</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Primary colour</source>
        <translation>Couleur principale</translation>
    </message>
    <message>
        <source>Accent colour</source>
        <translation>Couleur d&apos;accent</translation>
    </message>
    <message>
        <source>Background colour</source>
        <translation>Couleur de fond</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Couleur du texte</translation>
    </message>
    <message>
        <source>Back to welcome after</source>
        <translation>Retour à l&apos;accueil après</translation>
    </message>
    <message>
        <source>Walk-ins&apos; last name</source>
        <translation>Nom des invités non inscrits</translation>
    </message>
    <message>
        <source>Walk-ins&apos; organisation</source>
        <translation>Organisation des invités non inscrits</translation>
    </message>
    <message>
        <source>Wall consent (French)</source>
        <translation>Consentement mur (français)</translation>
    </message>
    <message>
        <source>Wall consent (English)</source>
        <translation>Consentement mur (anglais)</translation>
    </message>
    <message>
        <source>Suggestions consent (French)</source>
        <translation>Consentement suggestions (français)</translation>
    </message>
    <message>
        <source>Suggestions consent (English)</source>
        <translation>Consentement suggestions (anglais)</translation>
    </message>
    <message>
        <source>Last initial</source>
        <translation>Initiale du nom</translation>
    </message>
    <message>
        <source>Wall language</source>
        <translation>Langue du mur</translation>
    </message>
    <message>
        <source>Text typed by guests</source>
        <translation>Texte saisi par les invités</translation>
    </message>
    <message>
        <source>Erase guests&apos; data after the event</source>
        <translation>Effacer les données des invités après l&apos;événement</translation>
    </message>
</context>
<context>
    <name>EventSettingsPage</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Event settings</source>
        <translation>Réglages de l&apos;événement</translation>
    </message>
    <message>
        <source>Readability</source>
        <translation>Lisibilité</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Undo my changes</source>
        <translation>Annuler mes modifications</translation>
    </message>
    <message>
        <source>Check-in: text on the background</source>
        <translation>Accueil : texte sur le fond</translation>
    </message>
    <message>
        <source>Check-in: accent text on the background</source>
        <translation>Accueil : texte d&apos;accent sur le fond</translation>
    </message>
    <message>
        <source>Wall: names on the cards (primary colour)</source>
        <translation>Mur : noms sur les cartes (couleur principale)</translation>
    </message>
    <message>
        <source>Wall: accent text on the cards</source>
        <translation>Mur : texte d&apos;accent sur les cartes</translation>
    </message>
    <message>
        <source>%1 reads at %2:1, below the %3:1 minimum. The screens will use %4 instead.</source>
        <translation>%1 : contraste de %2:1, sous le minimum de %3:1. Les écrans utiliseront %4 à la place.</translation>
    </message>
    <message>
        <source>Every text colour reads well (WCAG AA, 4.5:1).</source>
        <translation>Toutes les couleurs de texte sont lisibles (WCAG AA, 4,5:1).</translation>
    </message>
    <message>
        <source>Saved. The check-in screen and the wall use these settings now.</source>
        <translation>Enregistré. L&apos;accueil et le mur utilisent ces réglages dès maintenant.</translation>
    </message>
    <message>
        <source>Could not save: the database did not answer. Try again.</source>
        <translation>Enregistrement impossible : la base de données n&apos;a pas répondu. Réessayez.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Could not read the event: the database did not answer.</source>
        <translation>Lecture de l&apos;événement impossible : la base de données n&apos;a pas répondu.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message numerus="yes">
        <source>“%1” created with %n tag(s). Activate it when it is ready.</source>
        <translation>
            <numerusform>« %1 » créé avec %n mot-clé. Activez-le quand il est prêt.</numerusform>
            <numerusform>« %1 » créé avec %n mots-clés. Activez-le quand il est prêt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database did not answer. Try again.</source>
        <translation>La base de données n&apos;a pas répondu. Réessayez.</translation>
    </message>
    <message>
        <source>Make “%1” the active event? The station restarts and every screen shows it.</source>
        <translation>Faire de « %1 » l&apos;événement actif ? Le poste redémarre et tous les écrans l&apos;affichent.</translation>
    </message>
    <message>
        <source>No event in this database yet: create one below.</source>
        <translation>Aucun événement dans cette base : créez-en un ci-dessous.</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Rendre actif</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>Copy the tags and title list of the active event</source>
        <translation>Copier les mots-clés et la liste des titres de l&apos;événement actif</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>LogoField</name>
    <message>
        <source>No logo: the event&apos;s name alone</source>
        <translation>Pas de logo : le nom de l&apos;événement seul</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>No file at this path: the screens will show the name alone.</source>
        <translation>Aucun fichier à cet emplacement : les écrans afficheront le nom seul.</translation>
    </message>
    <message>
        <source>This file is not an image: the screens will show the name alone.</source>
        <translation>Ce fichier n&apos;est pas une image : les écrans afficheront le nom seul.</translation>
    </message>
    <message>
        <source>Image loaded.</source>
        <translation>Image chargée.</translation>
    </message>
</context>
<context>
    <name>ScreensPage</name>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Saved in %1. Apply now to restart the station.</source>
        <translation>Enregistré dans %1. Appliquez maintenant pour redémarrer le poste.</translation>
    </message>
    <message>
        <source>Could not save the machine configuration: %1</source>
        <translation>Impossible d&apos;enregistrer la configuration de la machine : %1</translation>
    </message>
    <message>
        <source>Restart the station now? Guests at the check-in go back to welcome.</source>
        <translation>Redémarrer le poste maintenant ? Les invités à l&apos;accueil reviennent à l&apos;écran d&apos;accueil.</translation>
    </message>
    <message>
        <source>The screens connected to this machine. Identify shows each one&apos;s number.</source>
        <translation>Les écrans branchés sur cette machine. « Identifier » affiche le numéro de chacun.</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Apply now (restart)</source>
        <translation>Appliquer maintenant (redémarrage)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Check-in and wall</source>
        <translation>Accueil et mur</translation>
    </message>
    <message>
        <source>Check-in only</source>
        <translation>Accueil seulement</translation>
    </message>
    <message>
        <source>Wall only</source>
        <translation>Mur seulement</translation>
    </message>
    <message>
        <source>This station shows</source>
        <translation>Ce poste affiche</translation>
    </message>
    <message>
        <source>Check-in screen</source>
        <translation>Écran d&apos;accueil</translation>
    </message>
    <message>
        <source>Wall screen</source>
        <translation>Écran du mur</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>The primary screen</source>
        <translation>L&apos;écran principal</translation>
    </message>
    <message>
        <source>Automatic: the other screen, or beside the check-in on one screen</source>
        <translation>Automatique : l&apos;autre écran, ou à côté de l&apos;accueil sur un seul écran</translation>
    </message>
    <message>
        <source>Empty: the computer&apos;s name (%1)</source>
        <translation>Vide : le nom de l&apos;ordinateur (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non branché)</translation>
    </message>
    <message>
        <source>Choose two different screens, or Automatic.</source>
        <translation>Choisissez deux écrans différents, ou Automatique.</translation>
    </message>
</context>
<context>
    <name>setup</name>
    <message>
        <source>Give the event a name.</source>
        <translation>Donnez un nom à l&apos;événement.</translation>
    </message>
    <message>
        <source>The event must end after it starts.</source>
        <translation>L&apos;événement doit finir après son début.</translation>
    </message>
    <message>
        <source>Tick at least one language.</source>
        <translation>Cochez au moins une langue.</translation>
    </message>
    <message>
        <source>The default language must be one of the ticked languages.</source>
        <translation>La langue par défaut doit faire partie des langues cochées.</translation>
    </message>
    <message>
        <source>The time before going back to welcome must be %1 to %2 seconds.</source>
        <translation>Le délai avant le retour à l&apos;accueil doit être de %1 à %2 secondes.</translation>
    </message>
    <message>
        <source>Guests&apos; data must be erased after %1 to %2 days.</source>
        <translation>Les données des invités doivent être effacées après %1 à %2 jours.</translation>
    </message>
</context>
</TS>
