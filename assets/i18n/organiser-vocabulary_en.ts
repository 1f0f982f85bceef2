<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FilesTab</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The categories and tags as a JSON file, to reuse at another event. Nothing about guests is in it.</source>
        <translation>The categories and tags as a JSON file, to reuse at another event. Nothing about guests is in it.</translation>
    </message>
    <message>
        <source>Export as JSON…</source>
        <translation>Export as JSON…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>A JSON file in the same format. You see what it holds and what is wrong in it before anything changes.</source>
        <translation>A JSON file in the same format. You see what it holds and what is wrong in it before anything changes.</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <source>Starter vocabularies</source>
        <translation>Starter vocabularies</translation>
    </message>
    <message>
        <source>Replace the vocabulary (tags guests already chose are kept)</source>
        <translation>Replace the vocabulary (tags guests already chose are kept)</translation>
    </message>
    <message>
        <source>Add to the vocabulary (same keys take the file&apos;s labels)</source>
        <translation>Add to the vocabulary (same keys take the file&apos;s labels)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n tag(s) can be imported</source>
        <translation>
            <numerusform>“%1”: %n tag can be imported</numerusform>
            <numerusform>“%1”: %n tags can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) will be left out:</source>
        <translation>
            <numerusform>%n entry will be left out:</numerusform>
            <numerusform>%n entries will be left out:</numerusform>
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
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <source>Never on the wall, never given as a reason to meet</source>
        <translation>Never on the wall, never given as a reason to meet</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Off the chips and the wall; guests who chose it keep it</source>
        <translation>Off the chips and the wall; guests who chose it keep it</translation>
    </message>
    <message>
        <source>Merge into another tag</source>
        <translation>Merge into another tag</translation>
    </message>
    <message>
        <source>Type to find the tag…</source>
        <translation>Type to find the tag…</translation>
    </message>
    <message>
        <source>Choose a tag in the list to rename it, move it, hide it or merge it; or add a new tag.</source>
        <translation>Choose a tag in the list to rename it, move it, hide it or merge it; or add a new tag.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>No category</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>New tag</translation>
    </message>
    <message>
        <source>Add the tag</source>
        <translation>Add the tag</translation>
    </message>
    <message>
        <source>Rename the category</source>
        <translation>Rename the category</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Add the category</source>
        <translation>Add the category</translation>
    </message>
    <message>
        <source>Edit the tag</source>
        <translation>Edit the tag</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s): </source>
        <translation>
            <numerusform>%n guest: </numerusform>
            <numerusform>%n guests: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 as a skill, %2 as an interest</source>
        <translation>%1 as a skill, %2 as an interest</translation>
    </message>
    <message>
        <source>Synonyms: %1</source>
        <translation>Synonyms: %1</translation>
    </message>
    <message>
        <source>Confirm the merge</source>
        <translation>Confirm the merge</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) will hold “%2” instead of “%1”. “%1” was typed by a guest: its words are not kept as synonyms. This cannot be undone.</source>
        <translation>
            <numerusform>%n guest will hold “%2” instead of “%1”. “%1” was typed by a guest: its words are not kept as synonyms. This cannot be undone.</numerusform>
            <numerusform>%n guests will hold “%2” instead of “%1”. “%1” was typed by a guest: its words are not kept as synonyms. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) will hold “%2” instead of “%1”, whose labels become synonyms. This cannot be undone.</source>
        <translation>
            <numerusform>%n guest will hold “%2” instead of “%1”, whose labels become synonyms. This cannot be undone.</numerusform>
            <numerusform>%n guests will hold “%2” instead of “%1”, whose labels become synonyms. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
</context>
<context>
    <name>TitleRulesTab</name>
    <message>
        <source>Tags say what people know, never their rank. A tag guests type (or you add) is refused when it matches a pattern on the left, unless it matches an exception on the right. One pattern per line; * stands for any words: “head of *”, “* manager”. Case and accents do not matter.</source>
        <translation>Tags say what people know, never their rank. A tag guests type (or you add) is refused when it matches a pattern on the left, unless it matches an exception on the right. One pattern per line; * stands for any words: “head of *”, “* manager”. Case and accents do not matter.</translation>
    </message>
    <message>
        <source>Refused patterns</source>
        <translation>Refused patterns</translation>
    </message>
    <message>
        <source>Exceptions (accepted)</source>
        <translation>Exceptions (accepted)</translation>
    </message>
    <message>
        <source>Try a phrase</source>
        <translation>Try a phrase</translation>
    </message>
    <message>
        <source>e.g. Head of growth, Lead generation</source>
        <translation>e.g. Head of growth, Lead generation</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>Save the rules</translation>
    </message>
    <message>
        <source>Standard rules</source>
        <translation>Standard rules</translation>
    </message>
</context>
<context>
    <name>VocabularyPage</name>
    <message>
        <source>Vocabulary</source>
        <translation>Vocabulary</translation>
    </message>
    <message>
        <source>Tag vocabulary</source>
        <translation>Tag vocabulary</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Job titles</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Search a label, a synonym…</source>
        <translation>Search a label, a synonym…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>New tag</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <source>This event has no tags yet. Start from a ready-made vocabulary:</source>
        <translation>This event has no tags yet. Start from a ready-made vocabulary:</translation>
    </message>
    <message>
        <source>…or add tags one by one (New tag), or import a file (Files tab). You can change everything afterwards.</source>
        <translation>…or add tags one by one (New tag), or import a file (Files tab). You can change everything afterwards.</translation>
    </message>
    <message>
        <source>Every category</source>
        <translation>Every category</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new tag(s), </source>
        <translation>
            <numerusform>Imported: %n new tag, </numerusform>
            <numerusform>Imported: %n new tags, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>%n updated, </numerusform>
            <numerusform>%n updated, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept because guests hold them</source>
        <translation>
            <numerusform>%n kept because guests hold it</numerusform>
            <numerusform>%n kept because guests hold them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n entry(ies) left out.</source>
        <translation>
            <numerusform>; %n entry left out.</numerusform>
            <numerusform>; %n entries left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Saved in %1</translation>
    </message>
    <message>
        <source>Saved: the check-in follows these rules now.</source>
        <translation>Saved: the check-in follows these rules now.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message numerus="yes">
        <source>Merged: %n guest(s) moved to the other tag.</source>
        <translation>
            <numerusform>Merged: %n guest moved to the other tag.</numerusform>
            <numerusform>Merged: %n guests moved to the other tag.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database did not answer: nothing was changed. Try again.</source>
        <translation>The database did not answer: nothing was changed. Try again.</translation>
    </message>
    <message>
        <source>No tags yet.</source>
        <translation>No tags yet.</translation>
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
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden</source>
        <translation>
            <numerusform>%n hidden</numerusform>
            <numerusform>%n hidden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sensitive</source>
        <translation>
            <numerusform>%n sensitive</numerusform>
            <numerusform>%n sensitive</numerusform>
        </translation>
    </message>
    <message>
        <source>No category</source>
        <translation>No category</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>Import a vocabulary</source>
        <translation>Import a vocabulary</translation>
    </message>
    <message>
        <source>Export the vocabulary</source>
        <translation>Export the vocabulary</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <source>%1, sensitive</source>
        <translation>%1, sensitive</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Typed by a guest</source>
        <translation>Typed by a guest</translation>
    </message>
    <message>
        <source>Guests who chose it as a skill / as an interest</source>
        <translation>Guests who chose it as a skill / as an interest</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>French label</source>
        <translation>French label</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>English label</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>is empty.</translation>
    </message>
    <message>
        <source>is longer than %1 characters.</source>
        <translation>is longer than %1 characters.</translation>
    </message>
    <message>
        <source>contains a word kept off the wall (“%1”).</source>
        <translation>contains a word kept off the wall (“%1”).</translation>
    </message>
    <message>
        <source>reads as a job title or a rank (“%1”): tags say what people know.</source>
        <translation>reads as a job title or a rank (“%1”): tags say what people know.</translation>
    </message>
    <message>
        <source>is not accepted.</source>
        <translation>is not accepted.</translation>
    </message>
    <message>
        <source>“%1” already has this label or synonym: merge instead?</source>
        <translation>“%1” already has this label or synonym: merge instead?</translation>
    </message>
    <message>
        <source>This tag no longer exists (merged or removed meanwhile).</source>
        <translation>This tag no longer exists (merged or removed meanwhile).</translation>
    </message>
    <message>
        <source>This category no longer exists: choose another one.</source>
        <translation>This category no longer exists: choose another one.</translation>
    </message>
    <message>
        <source>Choose another tag to merge into.</source>
        <translation>Choose another tag to merge into.</translation>
    </message>
    <message>
        <source>This change was not made.</source>
        <translation>This change was not made.</translation>
    </message>
    <message>
        <source>“%1” has no word: it would refuse every tag.</source>
        <translation>“%1” has no word: it would refuse every tag.</translation>
    </message>
    <message>
        <source>“%1” is too long for a pattern.</source>
        <translation>“%1” is too long for a pattern.</translation>
    </message>
    <message>
        <source>“%1” is in the list twice.</source>
        <translation>“%1” is in the list twice.</translation>
    </message>
    <message>
        <source>“%1” is empty.</source>
        <translation>“%1” is empty.</translation>
    </message>
    <message>
        <source>Refused as a job title, by the pattern “%1”.</source>
        <translation>Refused as a job title, by the pattern “%1”.</translation>
    </message>
    <message>
        <source>Refused: the phrase</source>
        <translation>Refused: the phrase</translation>
    </message>
    <message>
        <source>Accepted: the exception “%1” lets it through “%2”.</source>
        <translation>Accepted: the exception “%1” lets it through “%2”.</translation>
    </message>
    <message>
        <source>Accepted: no pattern refuses it.</source>
        <translation>Accepted: no pattern refuses it.</translation>
    </message>
    <message>
        <source>Line %1, tag %2</source>
        <translation>Line %1, tag %2</translation>
    </message>
    <message>
        <source>Line %1, category %2</source>
        <translation>Line %1, category %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
    <message>
        <source>this is not a readable JSON file (%1).</source>
        <translation>this is not a readable JSON file (%1).</translation>
    </message>
    <message>
        <source>expected an entry between { and }.</source>
        <translation>expected an entry between { and }.</translation>
    </message>
    <message>
        <source>expected a list between [ and ].</source>
        <translation>expected a list between [ and ].</translation>
    </message>
    <message>
        <source>the file holds no category and no tag.</source>
        <translation>the file holds no category and no tag.</translation>
    </message>
    <message>
        <source>is missing.</source>
        <translation>is missing.</translation>
    </message>
    <message>
        <source>the synonym “%1” was left out: it %2</source>
        <translation>the synonym “%1” was left out: it %2</translation>
    </message>
    <message>
        <source>the key must be lowercase letters, digits and hyphens.</source>
        <translation>the key must be lowercase letters, digits and hyphens.</translation>
    </message>
    <message>
        <source>another entry above has the same key.</source>
        <translation>another entry above has the same key.</translation>
    </message>
    <message>
        <source>the tag “%1” already has this label.</source>
        <translation>the tag “%1” already has this label.</translation>
    </message>
    <message>
        <source>no category has the key “%1”.</source>
        <translation>no category has the key “%1”.</translation>
    </message>
    <message>
        <source>the field “%1” has a value of the wrong type.</source>
        <translation>the field “%1” has a value of the wrong type.</translation>
    </message>
    <message>
        <source>this entry cannot be used.</source>
        <translation>this entry cannot be used.</translation>
    </message>
</context>
</TS>
