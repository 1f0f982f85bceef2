<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ErrorModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import guests</source>
        <translation>Importer des invités</translation>
    </message>
    <message>
        <source>A CSV or XLSX file from your ticketing tool or spreadsheet. Guests already listed are updated (same ticket, else same email), never duplicated; their check-ins and tags stay.</source>
        <translation>Un fichier CSV ou XLSX de votre billetterie ou de votre tableur. Les invités déjà présents sont mis à jour (même billet, sinon même e-mail), jamais en double ; leurs arrivées et étiquettes restent.</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>Chemin du fichier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lire</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Back to the file</source>
        <translation>Revenir au fichier</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Détecté : %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Choose a file to see its columns and first rows.</source>
        <translation>Choisissez un fichier pour voir ses colonnes et ses premières lignes.</translation>
    </message>
    <message>
        <source>Workbook: the first sheet is read.</source>
        <translation>Classeur : la première feuille est lue.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows to import</source>
        <translation>
            <numerusform>%n ligne à importer</numerusform>
            <numerusform>%n lignes à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows refused (see Problem)</source>
        <translation>
            <numerusform>%n ligne refusée (voir Problème)</numerusform>
            <numerusform>%n lignes refusées (voir Problème)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n importé</numerusform>
            <numerusform>%n importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en erreur</numerusform>
            <numerusform>%n en erreur</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed; nothing was changed. Try again.</source>
        <translation>L&apos;import a échoué ; rien n&apos;a été modifié. Réessayez.</translation>
    </message>
    <message>
        <source>Choose a guest list</source>
        <translation>Choisir une liste d&apos;invités</translation>
    </message>
    <message>
        <source>Guest lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Listes d&apos;invités (*.csv *.txt *.tsv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
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
        <source>Full name (split)</source>
        <translation>Nom complet (à séparer)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Ticket or code</source>
        <translation>Billet ou code</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>virgule ,</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>point-virgule ;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>vertical bar |</source>
        <translation>barre verticale |</translation>
    </message>
    <message>
        <source>First name missing</source>
        <translation>Prénom manquant</translation>
    </message>
    <message>
        <source>Name longer than %1 characters</source>
        <translation>Nom de plus de %1 caractères</translation>
    </message>
    <message>
        <source>Name without a letter</source>
        <translation>Nom sans aucune lettre</translation>
    </message>
    <message>
        <source>Invalid email address: %1</source>
        <translation>Adresse e-mail invalide : %1</translation>
    </message>
    <message>
        <source>Text too long</source>
        <translation>Texte trop long</translation>
    </message>
    <message>
        <source>Unknown language “%1” (fr or en)</source>
        <translation>Langue inconnue « %1 » (fr ou en)</translation>
    </message>
    <message>
        <source>Ticket %1 already on line %2</source>
        <translation>Billet %1 déjà en ligne %2</translation>
    </message>
    <message>
        <source>More cells than columns (%1)</source>
        <translation>Plus de cellules que de colonnes (%1)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The file is not in %1 (line %2): choose another encoding.</source>
        <translation>Le fichier n&apos;est pas en %1 (ligne %2) : choisissez un autre encodage.</translation>
    </message>
    <message>
        <source>Unknown encoding: %1.</source>
        <translation>Encodage inconnu : %1.</translation>
    </message>
    <message>
        <source>Line %2 cannot be read as CSV: %1.</source>
        <translation>La ligne %2 n&apos;est pas lisible en CSV : %1.</translation>
    </message>
    <message>
        <source>This is not a workbook that can be read (XLSX expected).</source>
        <translation>Ce classeur n&apos;est pas lisible (XLSX attendu).</translation>
    </message>
    <message>
        <source>Old Excel format (.xls): save it as .xlsx or CSV and choose it again.</source>
        <translation>Ancien format Excel (.xls) : enregistrez-le en .xlsx ou en CSV, puis choisissez-le à nouveau.</translation>
    </message>
    <message>
        <source>Choose the column that holds the first names (or full names).</source>
        <translation>Choisissez la colonne des prénoms (ou des noms complets).</translation>
    </message>
    <message>
        <source>Two columns give the same field.</source>
        <translation>Deux colonnes donnent le même champ.</translation>
    </message>
    <message>
        <source>The mapping names a missing column.</source>
        <translation>La correspondance désigne une colonne absente.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation>Impossible d&apos;ouvrir le fichier : %1.</translation>
    </message>
</context>
</TS>
