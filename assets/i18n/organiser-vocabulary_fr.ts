<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>FilesTab</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The categories and tags as a JSON file, to reuse at another event. Nothing about guests is in it.</source>
        <translation>Les catégories et les tags dans un fichier JSON, à réutiliser pour un autre événement. Rien sur les invités n’y figure.</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>A JSON file in the same format. You see what it holds and what is wrong in it before anything changes.</source>
        <translation>Un fichier JSON au même format. Vous voyez ce qu’il contient et ce qui ne va pas avant que rien ne change.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Starter vocabularies</source>
        <translation>Vocabulaires prêts à l’emploi</translation>
    </message>
    <message>
        <source>Replace the vocabulary (tags guests already chose are kept)</source>
        <translation>Remplacer le vocabulaire (les tags déjà choisis par des invités sont gardés)</translation>
    </message>
    <message>
        <source>Add to the vocabulary (same keys take the file&apos;s labels)</source>
        <translation>Ajouter au vocabulaire (une même clé prend les libellés du fichier)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n tag(s) can be imported</source>
        <translation>
            <numerusform>« %1 » : %n tag peut être importé</numerusform>
            <numerusform>« %1 » : %n tags peuvent être importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) will be left out:</source>
        <translation>
            <numerusform>%n entrée sera laissée de côté :</numerusform>
            <numerusform>%n entrées seront laissées de côté :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StarterButtons</name>
    <message numerus="yes">
        <source>%1 (%n tag(s))</source>
        <translation>
            <numerusform>%1 (%n tag)</numerusform>
            <numerusform>%1 (%n tags)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>Never on the wall, never given as a reason to meet</source>
        <translation>Jamais sur le mur, jamais donné comme raison de se rencontrer</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Off the chips and the wall; guests who chose it keep it</source>
        <translation>Retiré des puces et du mur ; les invités qui l’ont choisi le gardent</translation>
    </message>
    <message>
        <source>Merge into another tag</source>
        <translation>Fusionner dans un autre tag</translation>
    </message>
    <message>
        <source>Type to find the tag…</source>
        <translation>Tapez pour trouver le tag…</translation>
    </message>
    <message>
        <source>Choose a tag in the list to rename it, move it, hide it or merge it; or add a new tag.</source>
        <translation>Choisissez un tag dans la liste pour le renommer, le déplacer, le masquer ou le fusionner ; ou ajoutez un nouveau tag.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouveau tag</translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation>Ajouter le tag</translation>
    </message>
    <message>
        <source>Rename the category</source>
        <translation>Renommer la catégorie</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add the category</source>
        <translation>Ajouter la catégorie</translation>
    </message>
    <message>
        <source>Edit the tag</source>
        <translation>Modifier le tag</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s): </source>
        <translation>
            <numerusform>%n invité : </numerusform>
            <numerusform>%n invités : </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 as a skill, %2 as an interest</source>
        <translation>%1 en compétence, %2 en intérêt</translation>
    </message>
    <message>
        <source>Synonyms: %1</source>
        <translation>Synonymes : %1</translation>
    </message>
    <message>
        <source>Confirm the merge</source>
        <translation>Confirmer la fusion</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) will hold “%2” instead of “%1”. “%1” was typed by a guest: its words are not kept as synonyms. This cannot be undone.</source>
        <translation>
            <numerusform>%n invité aura « %2 » au lieu de « %1 ». « %1 » a été tapé par un invité : ses mots ne sont pas gardés comme synonymes. Impossible à annuler.</numerusform>
            <numerusform>%n invités auront « %2 » au lieu de « %1 ». « %1 » a été tapé par un invité : ses mots ne sont pas gardés comme synonymes. Impossible à annuler.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) will hold “%2” instead of “%1”, whose labels become synonyms. This cannot be undone.</source>
        <translation>
            <numerusform>%n invité aura « %2 » au lieu de « %1 », dont les libellés deviennent des synonymes. Impossible à annuler.</numerusform>
            <numerusform>%n invités auront « %2 » au lieu de « %1 », dont les libellés deviennent des synonymes. Impossible à annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
</context>
<context>
    <name>TitleRulesTab</name>
    <message>
        <source>Tags say what people know, never their rank. A tag guests type (or you add) is refused when it matches a pattern on the left, unless it matches an exception on the right. One pattern per line; * stands for any words: “head of *”, “* manager”. Case and accents do not matter.</source>
        <translation>Les tags disent ce que les gens savent, jamais leur rang. Un tag tapé par un invité (ou ajouté par vous) est refusé s’il correspond à un motif de gauche, sauf s’il correspond à une exception de droite. Un motif par ligne ; * remplace n’importe quels mots : « head of * », « * manager ». Majuscules et accents ne comptent pas.</translation>
    </message>
    <message>
        <source>Refused patterns</source>
        <translation>Motifs refusés</translation>
    </message>
    <message>
        <source>Exceptions (accepted)</source>
        <translation>Exceptions (acceptées)</translation>
    </message>
    <message>
        <source>Try a phrase</source>
        <translation>Essayer une expression</translation>
    </message>
    <message>
        <source>e.g. Head of growth, Lead generation</source>
        <translation>p. ex. Directeur commercial, Lead generation</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>Enregistrer les règles</translation>
    </message>
    <message>
        <source>Standard rules</source>
        <translation>Règles standard</translation>
    </message>
</context>
<context>
    <name>VocabularyPage</name>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <source>Tag vocabulary</source>
        <translation>Vocabulaire des tags</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Titres de poste</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Search a label, a synonym…</source>
        <translation>Chercher un libellé, un synonyme…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Nouveau tag</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <source>This event has no tags yet. Start from a ready-made vocabulary:</source>
        <translation>Cet événement n’a pas encore de tags. Partez d’un vocabulaire prêt à l’emploi :</translation>
    </message>
    <message>
        <source>…or add tags one by one (New tag), or import a file (Files tab). You can change everything afterwards.</source>
        <translation>…ou ajoutez les tags un par un (Nouveau tag), ou importez un fichier (onglet Fichiers). Tout reste modifiable ensuite.</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new tag(s), </source>
        <translation>
            <numerusform>Importé : %n nouveau tag, </numerusform>
            <numerusform>Importé : %n nouveaux tags, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>%n mis à jour, </numerusform>
            <numerusform>%n mis à jour, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept because guests hold them</source>
        <translation>
            <numerusform>%n gardé car des invités l’ont</numerusform>
            <numerusform>%n gardés car des invités les ont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n entry(ies) left out.</source>
        <translation>
            <numerusform> ; %n entrée laissée de côté.</numerusform>
            <numerusform> ; %n entrées laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Saved: the check-in follows these rules now.</source>
        <translation>Enregistré : l’accueil applique ces règles dès maintenant.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n guest(s) moved to the other tag.</source>
        <translation>
            <numerusform>Fusionné : %n invité passé à l’autre tag.</numerusform>
            <numerusform>Fusionné : %n invités passés à l’autre tag.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database did not answer: nothing was changed. Try again.</source>
        <translation>La base de données n’a pas répondu : rien n’a changé. Réessayez.</translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation>Pas encore de tags.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n catégorie</numerusform>
            <numerusform>%n catégories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n masqué</numerusform>
            <numerusform>%n masqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sensitive</source>
        <translation>
            <numerusform>%n sensible</numerusform>
            <numerusform>%n sensibles</numerusform>
        </translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Import a vocabulary</source>
        <translation>Importer un vocabulaire</translation>
    </message>
    <message>
        <source>Export the vocabulary</source>
        <translation>Exporter le vocabulaire</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensible</translation>
    </message>
    <message>
        <source>%1, sensitive</source>
        <translation>%1, sensible</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente de validation</translation>
    </message>
    <message>
        <source>Typed by a guest</source>
        <translation>Tapé par un invité</translation>
    </message>
    <message>
        <source>Guests who chose it as a skill / as an interest</source>
        <translation>Invités qui l’ont choisi en compétence / en intérêt</translation>
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
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>French label</source>
        <translation>Le libellé français</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>Le libellé anglais</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Le libellé</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>est vide.</translation>
    </message>
    <message>
        <source>is longer than %1 characters.</source>
        <translation>dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>contains a word kept off the wall (“%1”).</source>
        <translation>contient un mot tenu à l’écart du mur (« %1 »).</translation>
    </message>
    <message>
        <source>reads as a job title or a rank (“%1”): tags say what people know.</source>
        <translation>ressemble à un titre de poste ou un rang (« %1 ») : les tags disent ce que les gens savent.</translation>
    </message>
    <message>
        <source>is not accepted.</source>
        <translation>n’est pas accepté.</translation>
    </message>
    <message>
        <source>“%1” already has this label or synonym: merge instead?</source>
        <translation>« %1 » a déjà ce libellé ou ce synonyme : fusionner plutôt ?</translation>
    </message>
    <message>
        <source>This tag no longer exists (merged or removed meanwhile).</source>
        <translation>Ce tag n’existe plus (fusionné ou supprimé entre-temps).</translation>
    </message>
    <message>
        <source>This category no longer exists: choose another one.</source>
        <translation>Cette catégorie n’existe plus : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Choose another tag to merge into.</source>
        <translation>Choisissez un autre tag dans lequel fusionner.</translation>
    </message>
    <message>
        <source>This change was not made.</source>
        <translation>Ce changement n’a pas été fait.</translation>
    </message>
    <message>
        <source>“%1” has no word: it would refuse every tag.</source>
        <translation>« %1 » n’a aucun mot : il refuserait tous les tags.</translation>
    </message>
    <message>
        <source>“%1” is too long for a pattern.</source>
        <translation>« %1 » est trop long pour un motif.</translation>
    </message>
    <message>
        <source>“%1” is in the list twice.</source>
        <translation>« %1 » figure deux fois dans la liste.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>« %1 » est vide.</translation>
    </message>
    <message>
        <source>Refused as a job title, by the pattern “%1”.</source>
        <translation>Refusé comme titre de poste, par le motif « %1 ».</translation>
    </message>
    <message>
        <source>Refused: the phrase</source>
        <translation>Refusé : l’expression</translation>
    </message>
    <message>
        <source>Accepted: the exception “%1” lets it through “%2”.</source>
        <translation>Accepté : l’exception « %1 » la laisse passer malgré « %2 ».</translation>
    </message>
    <message>
        <source>Accepted: no pattern refuses it.</source>
        <translation>Accepté : aucun motif ne la refuse.</translation>
    </message>
    <message>
        <source>Line %1, tag %2</source>
        <translation>Ligne %1, tag %2</translation>
    </message>
    <message>
        <source>Line %1, category %2</source>
        <translation>Ligne %1, catégorie %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>this is not a readable JSON file (%1).</source>
        <translation>ce n’est pas un fichier JSON lisible (%1).</translation>
    </message>
    <message>
        <source>expected an entry between { and }.</source>
        <translation>une entrée entre { et } était attendue.</translation>
    </message>
    <message>
        <source>expected a list between [ and ].</source>
        <translation>une liste entre [ et ] était attendue.</translation>
    </message>
    <message>
        <source>the file holds no category and no tag.</source>
        <translation>le fichier ne contient ni catégorie ni tag.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>manque.</translation>
    </message>
    <message>
        <source>the synonym “%1” was left out: it %2</source>
        <translation>le synonyme « %1 » est laissé de côté : il %2</translation>
    </message>
    <message>
        <source>the key must be lowercase letters, digits and hyphens.</source>
        <translation>la clé doit être en minuscules, chiffres et tirets.</translation>
    </message>
    <message>
        <source>another entry above has the same key.</source>
        <translation>une entrée plus haut a la même clé.</translation>
    </message>
    <message>
        <source>the tag “%1” already has this label.</source>
        <translation>le tag « %1 » a déjà ce libellé.</translation>
    </message>
    <message>
        <source>no category has the key “%1”.</source>
        <translation>aucune catégorie n’a la clé « %1 ».</translation>
    </message>
    <message>
        <source>the field “%1” has a value of the wrong type.</source>
        <translation>le champ « %1 » a une valeur du mauvais type.</translation>
    </message>
    <message>
        <source>this entry cannot be used.</source>
        <translation>cette entrée est inutilisable.</translation>
    </message>
</context>
</TS>
