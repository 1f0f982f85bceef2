<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AfterEventPage</name>
    <message>
        <source>Erase %1 for good? Their name, choices, arrivals and history are deleted; the wall and the stations drop them at once.</source>
        <translation>Effacer définitivement %1 ? Son nom, ses choix, ses arrivées et son historique sont supprimés ; le mur et les bornes le retirent aussitôt.</translation>
    </message>
    <message>
        <source>Erase a guest</source>
        <translation>Effacer un invité</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>After the event</source>
        <translation>Après l&apos;événement</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Three files: attendance (names and emails: keep it private), tag statistics and a report without names.</source>
        <translation>Trois fichiers : la présence (noms et e-mails : à garder privé), les statistiques d&apos;étiquettes et un bilan sans noms.</translation>
    </message>
    <message>
        <source>Choose a folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <source>Erase one guest</source>
        <translation>Effacer un invité</translation>
    </message>
    <message>
        <source>Everything about them goes: name, choices, arrivals, history.</source>
        <translation>Tout ce qui le concerne disparaît : nom, choix, arrivées, historique.</translation>
    </message>
    <message>
        <source>Automatic purge</source>
        <translation>Purge automatique</translation>
    </message>
    <message>
        <source>Wipe the event</source>
        <translation>Vider l&apos;événement</translation>
    </message>
    <message>
        <source>Type the event&apos;s name to confirm</source>
        <translation>Tapez le nom de l&apos;événement pour confirmer</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <source>No folder chosen yet (a USB stick shows up under /media).</source>
        <translation>Aucun dossier choisi (une clé USB apparaît sous /media).</translation>
    </message>
    <message numerus="yes">
        <source>Personal data will be erased automatically on %1, %n days after the event ends (at the kiosk&apos;s next start after that date).</source>
        <translation>
            <numerusform>Les données personnelles seront effacées automatiquement le %1, %n jour après la fin de l&apos;événement (au premier démarrage de la borne après cette date).</numerusform>
            <numerusform>Les données personnelles seront effacées automatiquement le %1, %n jours après la fin de l&apos;événement (au premier démarrage de la borne après cette date).</numerusform>
        </translation>
    </message>
    <message>
        <source>No automatic purge has run for this event.</source>
        <translation>Aucune purge automatique n&apos;a encore eu lieu pour cet événement.</translation>
    </message>
    <message numerus="yes">
        <source>Last automatic purge: %1, %n guests erased.</source>
        <translation>
            <numerusform>Dernière purge automatique : %1, %n invité effacé.</numerusform>
            <numerusform>Dernière purge automatique : %1, %n invités effacés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erases for good every guest of “%1”: %2 guests, %3 arrivals, %4 tags typed by guests. Settings and vocabulary stay.</source>
        <translation>Efface définitivement tous les invités de « %1 » : %2 invités, %3 arrivées, %4 étiquettes saisies par des invités. Les réglages et le vocabulaire restent.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rows, private)</source>
        <translation>
            <numerusform>%1 (%n ligne, privé)</numerusform>
            <numerusform>%1 (%n lignes, privé)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rows)</source>
        <translation>
            <numerusform>%1 (%n ligne)</numerusform>
            <numerusform>%1 (%n lignes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>%1 a été effacé(e).</translation>
    </message>
    <message>
        <source>Already erased.</source>
        <translation>Déjà effacé.</translation>
    </message>
    <message>
        <source>The event was wiped: %1 guests erased.</source>
        <translation>L&apos;événement a été vidé : %1 invités effacés.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export : %1</translation>
    </message>
    <message>
        <source>The database did not answer: nothing changed. Try again.</source>
        <translation>La base de données n&apos;a pas répondu : rien n&apos;a changé. Réessayez.</translation>
    </message>
</context>
<context>
    <name>GuestSearch</name>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Afficher de nouveau</translation>
    </message>
    <message>
        <source>Hide from the wall now</source>
        <translation>Masquer du mur maintenant</translation>
    </message>
    <message>
        <source>Type part of a first or last name, a ticket or an email.</source>
        <translation>Tapez une partie d&apos;un prénom ou d&apos;un nom, un billet ou un e-mail.</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Personne trouvé.</translation>
    </message>
    <message>
        <source>Hidden from the wall by the organiser</source>
        <translation>Masqué du mur par l&apos;organisateur</translation>
    </message>
    <message>
        <source>Did not agree to appear on the wall</source>
        <translation>N&apos;a pas accepté d&apos;apparaître sur le mur</translation>
    </message>
    <message>
        <source>May appear on the wall</source>
        <translation>Peut apparaître sur le mur</translation>
    </message>
    <message>
        <source>Find a guest</source>
        <translation>Trouver un invité</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge into a tag</source>
        <translation>Fusionner dans une étiquette</translation>
    </message>
    <message>
        <source>Guests holding “%1” will hold the tag you pick instead.</source>
        <translation>Les invités qui ont « %1 » auront à la place l&apos;étiquette que vous choisissez.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>ModerationDialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Where to export</source>
        <translation>Où exporter</translation>
    </message>
</context>
<context>
    <name>ModerationPage</name>
    <message>
        <source>Moderation</source>
        <translation>Modération</translation>
    </message>
    <message>
        <source>Tags typed by guests, not reviewed yet</source>
        <translation>Étiquettes saisies par des invités, pas encore relues</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>Translate…</source>
        <translation>Traduire…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionner dans…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Names typed at the door</source>
        <translation>Noms saisis à l&apos;entrée</translation>
    </message>
    <message>
        <source>Approve the name</source>
        <translation>Approuver le nom</translation>
    </message>
    <message>
        <source>Hide from the wall</source>
        <translation>Masquer du mur</translation>
    </message>
    <message>
        <source>Hide anyone from the wall</source>
        <translation>Masquer quelqu&apos;un du mur</translation>
    </message>
    <message>
        <source>What guests type reaches the wall only once you approve it. Hidden tags stay off the wall and the chips; guests keep their other tags.</source>
        <translation>Ce que les invités saisissent n&apos;arrive sur le mur qu&apos;une fois approuvé. Les étiquettes masquées restent hors du mur et des choix proposés ; les invités gardent leurs autres étiquettes.</translation>
    </message>
    <message>
        <source>This event shows what guests type on the wall at once: hide what should not be there. Hidden tags stay off the wall and the chips.</source>
        <translation>Cet événement affiche aussitôt sur le mur ce que saisissent les invités : masquez ce qui ne doit pas y être. Les étiquettes masquées restent hors du mur et des choix proposés.</translation>
    </message>
    <message>
        <source>No tag waiting: everything guests typed was reviewed.</source>
        <translation>Aucune étiquette en attente : tout ce que les invités ont saisi a été relu.</translation>
    </message>
    <message>
        <source>No name waiting.</source>
        <translation>Aucun nom en attente.</translation>
    </message>
    <message>
        <source>“%1” approved.</source>
        <translation>« %1 » approuvée.</translation>
    </message>
    <message>
        <source>“%1” hidden.</source>
        <translation>« %1 » masquée.</translation>
    </message>
    <message>
        <source>“%1” translated.</source>
        <translation>« %1 » traduite.</translation>
    </message>
    <message>
        <source>“%1” merged.</source>
        <translation>« %1 » fusionnée.</translation>
    </message>
    <message>
        <source>%1: name approved.</source>
        <translation>%1 : nom approuvé.</translation>
    </message>
    <message>
        <source>%1 is hidden from the wall.</source>
        <translation>%1 est masqué(e) du mur.</translation>
    </message>
    <message>
        <source>%1 may appear on the wall again.</source>
        <translation>%1 peut de nouveau apparaître sur le mur.</translation>
    </message>
    <message>
        <source>Already done.</source>
        <translation>Déjà fait.</translation>
    </message>
    <message>
        <source>No longer there: another screen changed it.</source>
        <translation>N&apos;existe plus : un autre écran l&apos;a modifié.</translation>
    </message>
    <message>
        <source>Both labels are needed.</source>
        <translation>Les deux libellés sont nécessaires.</translation>
    </message>
    <message>
        <source>A label is too long.</source>
        <translation>Un libellé est trop long.</translation>
    </message>
    <message>
        <source>“%1” is a job title: tags are know-how.</source>
        <translation>« %1 » est un titre de poste : les étiquettes sont des savoir-faire.</translation>
    </message>
    <message>
        <source>“%1” is not allowed.</source>
        <translation>« %1 » n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>The database did not answer: nothing changed. Try again.</source>
        <translation>La base de données n&apos;a pas répondu : rien n&apos;a changé. Réessayez.</translation>
    </message>
</context>
<context>
    <name>PendingNameModel</name>
    <message>
        <source>Hidden from the wall</source>
        <translation>Masqué du mur</translation>
    </message>
    <message>
        <source>Agreed to the wall</source>
        <translation>A accepté le mur</translation>
    </message>
    <message>
        <source>Not on the wall</source>
        <translation>Pas sur le mur</translation>
    </message>
    <message>
        <source>Name typed</source>
        <translation>Nom saisi</translation>
    </message>
    <message>
        <source>Wall</source>
        <translation>Mur</translation>
    </message>
</context>
<context>
    <name>PendingTagModel</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
</context>
<context>
    <name>TranslateDialog</name>
    <message>
        <source>Translate a tag</source>
        <translation>Traduire une étiquette</translation>
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
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
</TS>
