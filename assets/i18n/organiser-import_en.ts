<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ErrorModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import guests</source>
        <translation>Import guests</translation>
    </message>
    <message>
        <source>A CSV or XLSX file from your ticketing tool or spreadsheet. Guests already listed are updated (same ticket, else same email), never duplicated; their check-ins and tags stay.</source>
        <translation>A CSV or XLSX file from your ticketing tool or spreadsheet. Guests already listed are updated (same ticket, else same email), never duplicated; their check-ins and tags stay.</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>Path of the file</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Separator</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Back to the file</source>
        <translation>Back to the file</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Detected: %1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Choose a file to see its columns and first rows.</source>
        <translation>Choose a file to see its columns and first rows.</translation>
    </message>
    <message>
        <source>Workbook: the first sheet is read.</source>
        <translation>Workbook: the first sheet is read.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows to import</source>
        <translation>
            <numerusform>%n row to import</numerusform>
            <numerusform>%n rows to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows refused (see Problem)</source>
        <translation>
            <numerusform>%n row refused (see Problem)</numerusform>
            <numerusform>%n rows refused (see Problem)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n imported</source>
        <translation>
            <numerusform>%n imported</numerusform>
            <numerusform>%n imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message>
        <source>The import failed; nothing was changed. Try again.</source>
        <translation>The import failed; nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>Choose a guest list</source>
        <translation>Choose a guest list</translation>
    </message>
    <message>
        <source>Guest lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation>Guest lists (*.csv *.txt *.tsv *.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>First value</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Imported as</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(column %1)</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
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
        <source>Full name (split)</source>
        <translation>Full name (split)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Ticket or code</source>
        <translation>Ticket or code</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>comma ,</source>
        <translation>comma ,</translation>
    </message>
    <message>
        <source>semicolon ;</source>
        <translation>semicolon ;</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>vertical bar |</source>
        <translation>vertical bar |</translation>
    </message>
    <message>
        <source>First name missing</source>
        <translation>First name missing</translation>
    </message>
    <message>
        <source>Name longer than %1 characters</source>
        <translation>Name longer than %1 characters</translation>
    </message>
    <message>
        <source>Name without a letter</source>
        <translation>Name without a letter</translation>
    </message>
    <message>
        <source>Invalid email address: %1</source>
        <translation>Invalid email address: %1</translation>
    </message>
    <message>
        <source>Text too long</source>
        <translation>Text too long</translation>
    </message>
    <message>
        <source>Unknown language “%1” (fr or en)</source>
        <translation>Unknown language “%1” (fr or en)</translation>
    </message>
    <message>
        <source>Ticket %1 already on line %2</source>
        <translation>Ticket %1 already on line %2</translation>
    </message>
    <message>
        <source>More cells than columns (%1)</source>
        <translation>More cells than columns (%1)</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is not in %1 (line %2): choose another encoding.</source>
        <translation>The file is not in %1 (line %2): choose another encoding.</translation>
    </message>
    <message>
        <source>Unknown encoding: %1.</source>
        <translation>Unknown encoding: %1.</translation>
    </message>
    <message>
        <source>Line %2 cannot be read as CSV: %1.</source>
        <translation>Line %2 cannot be read as CSV: %1.</translation>
    </message>
    <message>
        <source>This is not a workbook that can be read (XLSX expected).</source>
        <translation>This is not a workbook that can be read (XLSX expected).</translation>
    </message>
    <message>
        <source>Old Excel format (.xls): save it as .xlsx or CSV and choose it again.</source>
        <translation>Old Excel format (.xls): save it as .xlsx or CSV and choose it again.</translation>
    </message>
    <message>
        <source>Choose the column that holds the first names (or full names).</source>
        <translation>Choose the column that holds the first names (or full names).</translation>
    </message>
    <message>
        <source>Two columns give the same field.</source>
        <translation>Two columns give the same field.</translation>
    </message>
    <message>
        <source>The mapping names a missing column.</source>
        <translation>The mapping names a missing column.</translation>
    </message>
    <message>
        <source>Cannot open the file: %1.</source>
        <translation>Cannot open the file: %1.</translation>
    </message>
</context>
</TS>
