<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>GuestsPage</name>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>First or last name, email or ticket</source>
        <translation>Prénom ou nom, e-mail ou billet</translation>
    </message>
    <message>
        <source>Merge a duplicate into this guest…</source>
        <translation>Fusionner un doublon dans cette fiche…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Merge and erase the duplicate</source>
        <translation>Fusionner et effacer le doublon</translation>
    </message>
    <message>
        <source>Find a guest on the left to see and correct their record.</source>
        <translation>Cherchez un invité à gauche pour voir et corriger sa fiche.</translation>
    </message>
    <message>
        <source>Type two letters or more.</source>
        <translation>Tapez au moins deux lettres.</translation>
    </message>
    <message>
        <source>Nobody found. Check the spelling, or try the email.</source>
        <translation>Personne trouvé. Vérifiez l&apos;orthographe ou essayez l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Find the duplicate of %1 on the left and pick it.</source>
        <translation>Cherchez le doublon de %1 à gauche et choisissez-le.</translation>
    </message>
    <message>
        <source>Duplicate: %1</source>
        <translation>Doublon : %1</translation>
    </message>
    <message>
        <source>%1 keeps their record and gets the duplicate&apos;s check-ins, tags (five of each at most) and missing contact details; a consent refused in either stays refused. The duplicate is then erased.</source>
        <translation>%1 garde sa fiche et reçoit les arrivées, les étiquettes (cinq de chaque au plus) et les coordonnées manquantes du doublon ; un consentement refusé dans l&apos;une des deux fiches reste refusé. Le doublon est ensuite effacé.</translation>
    </message>
</context>
<context>
    <name>PresencePanel</name>
    <message>
        <source>Check in by hand</source>
        <translation>Noter l&apos;arrivée</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Noter le départ</translation>
    </message>
    <message>
        <source>Undo check-in</source>
        <translation>Annuler l&apos;arrivée</translation>
    </message>
    <message>
        <source>Here since %1, checked in at %2</source>
        <translation>Présent depuis %1, arrivé par %2</translation>
    </message>
    <message>
        <source>Not here now</source>
        <translation>Pas là en ce moment</translation>
    </message>
    <message>
        <source>Not checked in yet</source>
        <translation>Pas encore arrivé</translation>
    </message>
    <message>
        <source>Checked in at %1 (%2)</source>
        <translation>Arrivé à %1 (%2)</translation>
    </message>
    <message>
        <source>undone at %1</source>
        <translation>annulée à %1</translation>
    </message>
    <message>
        <source>left at %1</source>
        <translation>reparti à %1</translation>
    </message>
    <message>
        <source>still here</source>
        <translation>toujours là</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Addressed by</source>
        <translation>Forme d&apos;adresse</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Shown on the wall</source>
        <translation>Affiché sur le mur</translation>
    </message>
    <message>
        <source>Suggested to other guests</source>
        <translation>Suggéré aux autres invités</translation>
    </message>
    <message>
        <source>Organisation on the badge</source>
        <translation>Organisation sur le badge</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Undo my edits</source>
        <translation>Annuler mes modifications</translation>
    </message>
</context>
<context>
    <name>_Counted</name>
    <message numerus="yes">
        <source>too long: %n characters at most.</source>
        <translation>
            <numerusform>trop long : %n caractère au plus.</numerusform>
            <numerusform>trop long : %n caractères au plus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guests</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email or ticket</source>
        <translation>E-mail ou billet</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>here</source>
        <translation>présent</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>this does not look like an email address.</source>
        <translation>ceci ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <source>another guest already holds this ticket.</source>
        <translation>un autre invité a déjà ce billet.</translation>
    </message>
    <message>
        <source>a word in it cannot go on the screens; please write it another way.</source>
        <translation>un mot ne peut pas aller sur les écrans ; écrivez-le autrement.</translation>
    </message>
    <message>
        <source>required.</source>
        <translation>obligatoire.</translation>
    </message>
    <message>
        <source>%1: %2 Nothing was saved.</source>
        <translation>%1 : %2 Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Nothing to save: no change.</source>
        <translation>Rien à enregistrer : aucun changement.</translation>
    </message>
    <message>
        <source>Checked in.</source>
        <translation>Arrivée enregistrée.</translation>
    </message>
    <message>
        <source>Already checked in (perhaps at another station).</source>
        <translation>Déjà arrivé (peut-être à un autre poste).</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>Départ enregistré.</translation>
    </message>
    <message>
        <source>Check-in undone: it no longer counts as an arrival.</source>
        <translation>Arrivée annulée : elle ne compte plus comme une arrivée.</translation>
    </message>
    <message>
        <source>That check-in had already ended (perhaps at another station).</source>
        <translation>Cette arrivée était déjà terminée (peut-être à un autre poste).</translation>
    </message>
    <message>
        <source>Merged: the duplicate was erased, its check-ins and tags are here.</source>
        <translation>Fusionné : le doublon est effacé, ses arrivées et étiquettes sont ici.</translation>
    </message>
    <message>
        <source>That is the same guest: pick the other record.</source>
        <translation>C&apos;est le même invité : choisissez l&apos;autre fiche.</translation>
    </message>
    <message>
        <source>This guest no longer exists: erased or merged meanwhile. Search again.</source>
        <translation>Cet invité n&apos;existe plus : effacé ou fusionné entre-temps. Cherchez à nouveau.</translation>
    </message>
    <message>
        <source>Could not reach the database: nothing was changed. Try again in a moment.</source>
        <translation>Base de données injoignable : rien n&apos;a été modifié. Réessayez dans un instant.</translation>
    </message>
</context>
</TS>
