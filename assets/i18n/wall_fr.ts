<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>WallText</name>
    <message>
        <source>{helper} can help {asker} with {tag}</source>
        <translation>{helper} peut aider {asker} : {tag}</translation>
    </message>
    <message>
        <source>Both would like to talk about {tag}</source>
        <translation>Tous deux aimeraient parler de : {tag}</translation>
    </message>
    <message>
        <source>Welcome {name}!</source>
        <translation>Bienvenue {name} !</translation>
    </message>
    <message>
        <source>can help with {tags}</source>
        <translation>peut aider : {tags}</translation>
    </message>
    <message>
        <source>would like to talk about {tags}</source>
        <translation>aimerait parler de : {tags}</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Talk to these people</source>
        <translation>Ils ont des choses à se dire</translation>
    </message>
    <message>
        <source>{page} / {count}</source>
        <translation>{page} / {count}</translation>
    </message>
    <message>
        <source>Here now</source>
        <translation>Ici maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Most wanted topics</source>
        <translation>Les envies du moment</translation>
    </message>
    <message>
        <source>Nobody here offers yet</source>
        <translation>Personne ici ne propose encore</translation>
    </message>
    <message>
        <source>You know about it? Say hello!</source>
        <translation>Vous vous y connaissez ? Faites-vous connaître !</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Bienvenue !</translation>
    </message>
    <message>
        <source>Check in at the kiosk: conversations to start will appear here.</source>
        <translation>Enregistrez-vous à l'accueil : les conversations à lancer s'afficheront ici.</translation>
    </message>
    <message>
        <source>The first guest is here!</source>
        <translation>Une première personne est arrivée !</translation>
    </message>
    <message>
        <source>As soon as someone else arrives, we suggest who to talk to.</source>
        <translation>Dès la prochaine arrivée, nous vous suggérons avec qui parler.</translation>
    </message>
    <message>
        <source>No obvious match yet</source>
        <translation>Pas encore de point commun évident</translation>
    </message>
    <message>
        <source>Add what you can help with and what you would like to talk about at the kiosk, or simply go and say hello!</source>
        <translation>Ajoutez à l'accueil ce sur quoi vous pouvez aider et ce dont vous aimeriez parler, ou allez simplement dire bonjour !</translation>
    </message>
    <message>
        <source>Hi</source>
        <comment>first-name terms icon: French 'tu'</comment>
        <translation>tu</translation>
    </message>
    <message>
        <source>Mr/Ms</source>
        <comment>formal address icon: French 'vous'</comment>
        <translation>vous</translation>
    </message>
    <message>
        <source>First-name terms</source>
        <translation>Tutoiement</translation>
    </message>
    <message>
        <source>Formal address</source>
        <translation>Vouvoiement</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Poignée de main</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Signe de la main</translation>
    </message>
    <message>
        <source>Cheek kiss</source>
        <translation>Bise</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Sans contact</translation>
    </message>
</context>
</TS>
