<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ArrivalsChart</name>
    <message numerus="yes">
        <source>%n arrivals</source>
        <translation>
            <numerusform>%n arrivée</numerusform>
            <numerusform>%n arrivées</numerusform>
        </translation>
    </message>
    <message>
        <source>No arrivals yet: the chart fills in as guests check in.</source>
        <translation>Aucune arrivée pour l&apos;instant : le graphique se remplit au fil des enregistrements.</translation>
    </message>
    <message numerus="yes">
        <source>Arrivals per %n minutes</source>
        <translation>
            <numerusform>Arrivées par tranche de %n minute</numerusform>
            <numerusform>Arrivées par tranche de %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Present now</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Checked in in total</source>
        <translation>Arrivés en tout</translation>
    </message>
    <message>
        <source>Have left</source>
        <translation>Repartis</translation>
    </message>
    <message>
        <source>Top skills here (can help with)</source>
        <translation>Compétences les plus présentes (peut aider sur)</translation>
    </message>
    <message>
        <source>Top interests here (would like to talk about)</source>
        <translation>Envies les plus présentes (aimerait parler de)</translation>
    </message>
    <message>
        <source>Wanted, but nobody here offers it</source>
        <translation>Demandé, mais personne ici ne le propose</translation>
    </message>
    <message>
        <source>Nobody to suggest to them yet: introduce them to someone by hand.</source>
        <translation>Personne à leur suggérer pour l&apos;instant : présentez-les vous-même à quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Nobody here yet.</source>
        <translation>Personne pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No skills among guests here.</source>
        <translation>Aucune compétence parmi les présents.</translation>
    </message>
    <message>
        <source>No interests among guests here.</source>
        <translation>Aucune envie parmi les présents.</translation>
    </message>
    <message>
        <source>Everything wanted here is offered by someone here.</source>
        <translation>Tout ce qui est demandé est proposé par quelqu&apos;un ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n guests with no suggestion yet</source>
        <translation>
            <numerusform>%n invité sans suggestion pour l&apos;instant</numerusform>
            <numerusform>%n invités sans suggestion pour l&apos;instant</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone here has at least one suggestion.</source>
        <translation>Chaque présent a au moins une suggestion.</translation>
    </message>
    <message>
        <source>Cannot read the room just now; trying again.</source>
        <translation>Lecture de la salle impossible pour l&apos;instant ; nouvel essai bientôt.</translation>
    </message>
    <message>
        <source>Reading the room…</source>
        <translation>Lecture de la salle…</translation>
    </message>
    <message>
        <source>Live, updated at %1</source>
        <translation>En direct, mis à jour à %1</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Would like to talk about</source>
        <translation>Aimerait parler de</translation>
    </message>
    <message>
        <source>Can help with</source>
        <translation>Peut aider sur</translation>
    </message>
    <message>
        <source>(no tags yet)</source>
        <translation>(pas encore d&apos;étiquette)</translation>
    </message>
</context>
</TS>
