<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BusyOverlay</name>
    <message>
        <source>One moment…</source>
        <translation>Un instant…</translation>
    </message>
</context>
<context>
    <name>ChipBoard</name>
    <message>
        <source>Popular right now</source>
        <translation>Populaires en ce moment</translation>
    </message>
    <message>
        <source>Added by you</source>
        <translation>Ajoutés par vous</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>No tag matches yet: add yours.</source>
        <translation>Aucun tag ne correspond : ajoutez le vôtre.</translation>
    </message>
</context>
<context>
    <name>ConsentScreen</name>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>You decide what others see</source>
        <translation>Vous décidez de ce que les autres voient</translation>
    </message>
    <message>
        <source>Show me on the wall</source>
        <translation>M&apos;afficher sur le mur</translation>
    </message>
    <message>
        <source>Your first name and your tags only: never your email, company or last name.</source>
        <translation>Seulement votre prénom et vos tags : jamais votre e-mail, votre entreprise ni votre nom.</translation>
    </message>
    <message>
        <source>Suggest me to other guests</source>
        <translation>Me proposer aux autres invités</translation>
    </message>
    <message>
        <source>Others may be told to meet you. You get your own suggestions either way.</source>
        <translation>D&apos;autres participants pourront se voir proposer de vous rencontrer. Vous recevez vos suggestions dans tous les cas.</translation>
    </message>
    <message>
        <source>Both stay off unless you turn them on.</source>
        <translation>Les deux restent désactivés tant que vous ne les activez pas.</translation>
    </message>
    <message>
        <source>Continue →</source>
        <translation>Continuer →</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>That is a bit long: %n characters at most.</source>
        <translation>
            <numerusform>C&apos;est un peu long : %n caractère au maximum.</numerusform>
            <numerusform>C&apos;est un peu long : %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at most: remove one to add another.</source>
        <translation>
            <numerusform>%n au maximum : retirez-en un pour en ajouter un autre.</numerusform>
            <numerusform>%n au maximum : retirez-en un pour en ajouter un autre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is too long: %n characters at most.</source>
        <translation>
            <numerusform>C&apos;est trop long : %n caractère au maximum.</numerusform>
            <numerusform>C&apos;est trop long : %n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people here</source>
        <translation>
            <numerusform>%n personne est là</numerusform>
            <numerusform>%n personnes sont là</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n want to talk about %1</source>
        <translation>
            <numerusform>%n veut parler de « %1 »</numerusform>
            <numerusform>%n veulent parler de « %1 »</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsScreen</name>
    <message>
        <source>That doesn&apos;t look like a link or an email address.</source>
        <translation>Cela ne ressemble ni à un lien ni à une adresse e-mail.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>A few details, if you like</source>
        <translation>Quelques détails, si vous voulez</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>How would you like to be addressed?</source>
        <translation>Tutoiement ou vouvoiement ?</translation>
    </message>
    <message>
        <source>How do you like to say hello?</source>
        <translation>Comment aimez-vous saluer ?</translation>
    </message>
    <message>
        <source>A link or an email to share through the QR code on your badge (optional)</source>
        <translation>Un lien ou un e-mail à partager par le QR code de votre badge (facultatif)</translation>
    </message>
    <message>
        <source>e.g. linkedin.com/in/yourname</source>
        <translation>ex. linkedin.com/in/votrenom</translation>
    </message>
    <message>
        <source>Continue →</source>
        <translation>Continuer →</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Masquer le clavier</translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>You&apos;re in, %1! Talk to these people</source>
        <translation>C&apos;est fait, %1 ! Allez parler à ces personnes</translation>
    </message>
    <message>
        <source>Talk to these people</source>
        <translation>Allez parler à ces personnes</translation>
    </message>
    <message>
        <source>They are here now. Say hello and mention the reason.</source>
        <translation>Elles sont là en ce moment. Dites bonjour et mentionnez la raison.</translation>
    </message>
    <message>
        <source>You are among the first! Nobody matches you yet: watch the wall as people arrive, your suggestions will show there.</source>
        <translation>Vous êtes parmi les premiers ! Personne ne vous correspond encore : regardez le mur au fil des arrivées, vos suggestions y apparaîtront.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Print my badge</source>
        <translation>Imprimer mon badge</translation>
    </message>
    <message>
        <source>Show my QR code</source>
        <translation>Afficher mon QR code</translation>
    </message>
    <message>
        <source>Your badge is printing: pick it up at the printer.</source>
        <translation>Votre badge s&apos;imprime : récupérez-le à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>There is no printer here: ask at the desk for your badge.</source>
        <translation>Pas d&apos;imprimante ici : demandez votre badge à l&apos;accueil.</translation>
    </message>
    <message>
        <source>The printer is paused: ask at the desk for your badge.</source>
        <translation>L&apos;imprimante est en pause : demandez votre badge à l&apos;accueil.</translation>
    </message>
    <message>
        <source>The printer is offline: ask at the desk for your badge.</source>
        <translation>L&apos;imprimante est hors ligne : demandez votre badge à l&apos;accueil.</translation>
    </message>
    <message>
        <source>Your badge could not be printed. You can try again or ask at the desk.</source>
        <translation>Votre badge n&apos;a pas pu être imprimé. Réessayez ou demandez à l&apos;accueil.</translation>
    </message>
    <message numerus="yes">
        <source>Back to the start in %n s. Touch the screen to stay.</source>
        <translation>
            <numerusform>Retour à l&apos;accueil dans %n s. Touchez l&apos;écran pour rester.</numerusform>
            <numerusform>Retour à l&apos;accueil dans %n s. Touchez l&apos;écran pour rester.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindYourselfScreen</name>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Leaving? Find your name</source>
        <translation>Vous partez ? Trouvez votre nom</translation>
    </message>
    <message>
        <source>Find your name</source>
        <translation>Trouvez votre nom</translation>
    </message>
    <message>
        <source>Your first or last name</source>
        <translation>Votre prénom ou votre nom</translation>
    </message>
    <message>
        <source>I&apos;m not on the list</source>
        <translation>Je ne suis pas sur la liste</translation>
    </message>
    <message>
        <source>Type the first letters of your first or last name.</source>
        <translation>Tapez les premières lettres de votre prénom ou de votre nom.</translation>
    </message>
    <message>
        <source>Nobody by that name is here. Check the spelling.</source>
        <translation>Personne de ce nom n&apos;est présent. Vérifiez l&apos;orthographe.</translation>
    </message>
    <message>
        <source>Nobody by that name yet. Check the spelling, or tap “I&apos;m not on the list”.</source>
        <translation>Personne de ce nom pour l&apos;instant. Vérifiez l&apos;orthographe, ou touchez « Je ne suis pas sur la liste ».</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message numerus="yes">
        <source>Starting over in %n s.</source>
        <translation>
            <numerusform>Retour au début dans %n s.</numerusform>
            <numerusform>Retour au début dans %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Vous êtes toujours là ?</translation>
    </message>
    <message>
        <source>Yes, continue</source>
        <translation>Oui, je continue</translation>
    </message>
</context>
<context>
    <name>LeavingScreen</name>
    <message>
        <source>Thank you for coming, %1!</source>
        <translation>Merci de votre venue, %1 !</translation>
    </message>
    <message>
        <source>You no longer appear on the wall or in suggestions. Have a good evening.</source>
        <translation>Vous n&apos;apparaissez plus sur le mur ni dans les suggestions. Bonne soirée !</translation>
    </message>
    <message>
        <source>Leaving already, %1?</source>
        <translation>Vous partez déjà, %1 ?</translation>
    </message>
    <message>
        <source>Once you confirm, you disappear from the wall and from suggestions.</source>
        <translation>Dès que vous confirmez, vous disparaissez du mur et des suggestions.</translation>
    </message>
    <message>
        <source>Yes, I&apos;m leaving</source>
        <translation>Oui, je pars</translation>
    </message>
    <message>
        <source>← Not me</source>
        <translation>← Ce n&apos;est pas moi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>space</source>
        <translation>espace</translation>
    </message>
</context>
<context>
    <name>QrView</name>
    <message>
        <source>Let someone scan this with their phone: it saves your name and the contact you chose to share.</source>
        <translation>Faites scanner ce code avec un téléphone : il enregistre votre nom et le contact que vous avez choisi de partager.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>ReturningScreen</name>
    <message>
        <source>Welcome back, %1!</source>
        <translation>Bon retour, %1 !</translation>
    </message>
    <message>
        <source>You can be seen on the wall or suggested to others. One tap stops it.</source>
        <translation>Votre profil peut apparaître sur le mur ou être proposé aux autres. Une touche suffit pour arrêter.</translation>
    </message>
    <message>
        <source>You are not shown on the wall and not suggested to anyone.</source>
        <translation>Votre profil n&apos;apparaît pas sur le mur et n&apos;est proposé à personne.</translation>
    </message>
    <message>
        <source>See who to talk to</source>
        <translation>Voir à qui parler</translation>
    </message>
    <message>
        <source>Change my tags</source>
        <translation>Modifier mes tags</translation>
    </message>
    <message>
        <source>Stop showing me on the wall and to others</source>
        <translation>Ne plus m&apos;afficher sur le mur ni aux autres</translation>
    </message>
    <message>
        <source>That&apos;s all, thanks</source>
        <translation>C&apos;est tout, merci</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>I can help with</source>
        <translation>Je peux aider sur</translation>
    </message>
    <message>
        <source>Tap what you know well below.</source>
        <translation>Touchez ci-dessous ce que vous maîtrisez.</translation>
    </message>
    <message>
        <source>I&apos;d like to talk about</source>
        <translation>J&apos;aimerais parler de</translation>
    </message>
    <message>
        <source>Tap what you&apos;d like to discuss below.</source>
        <translation>Touchez ci-dessous ce dont vous aimeriez parler.</translation>
    </message>
    <message>
        <source>Tap this box to add more.</source>
        <translation>Touchez ce cadre pour en ajouter.</translation>
    </message>
</context>
<context>
    <name>TagPickerScreen</name>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Pick 1 to 5 tags in each box</source>
        <translation>Choisissez 1 à 5 tags dans chaque case</translation>
    </message>
    <message>
        <source>Search a tag, or type your own</source>
        <translation>Cherchez un tag, ou tapez le vôtre</translation>
    </message>
    <message>
        <source>Hide keyboard</source>
        <translation>Masquer le clavier</translation>
    </message>
    <message>
        <source>+ Add “%1”</source>
        <translation>+ Ajouter « %1 »</translation>
    </message>
    <message>
        <source>Next: what I&apos;d like to talk about →</source>
        <translation>Suite : ce dont j&apos;aimerais parler →</translation>
    </message>
    <message>
        <source>Continue →</source>
        <translation>Continuer →</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>First, show it&apos;s you</source>
        <translation>D&apos;abord, montrez que c&apos;est vous</translation>
    </message>
    <message>
        <source>Scan your ticket, or tap your email address:</source>
        <translation>Scannez votre billet, ou touchez votre adresse e-mail :</translation>
    </message>
    <message>
        <source>Scan your ticket to change your tags.</source>
        <translation>Scannez votre billet pour modifier vos tags.</translation>
    </message>
    <message>
        <source>That is not the right one. Scan your ticket, or ask at the welcome desk.</source>
        <translation>Ce n&apos;est pas la bonne. Scannez votre billet, ou adressez-vous à l&apos;accueil.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
</context>
<context>
    <name>WalkInScreen</name>
    <message>
        <source>Please type your last name: this event asks for it.</source>
        <translation>Merci de saisir votre nom : cet événement le demande.</translation>
    </message>
    <message>
        <source>Please type your organisation: this event asks for it.</source>
        <translation>Merci de saisir votre organisation : cet événement la demande.</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Welcome! What is your name?</source>
        <translation>Bienvenue ! Comment vous appelez-vous ?</translation>
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
        <source>Last name (optional)</source>
        <translation>Nom (facultatif)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Organisation (optional)</source>
        <translation>Organisation (facultatif)</translation>
    </message>
    <message>
        <source>Only used to avoid suggesting your own colleagues. Never shown.</source>
        <translation>Sert seulement à ne pas vous proposer vos propres collègues. Jamais affichée.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Meet people over what you know, not over your job title.</source>
        <translation>Rencontrez-vous autour de ce que vous savez, pas de votre titre.</translation>
    </message>
    <message>
        <source>Touch to start</source>
        <translation>Touchez pour commencer</translation>
    </message>
    <message>
        <source>Got a ticket? Scan it to check in at once.</source>
        <translation>Vous avez un billet ? Scannez-le pour entrer tout de suite.</translation>
    </message>
    <message>
        <source>I&apos;m leaving</source>
        <translation>Je pars</translation>
    </message>
    <message>
        <source>Scan a code with the camera</source>
        <translation>Scanner un code avec la caméra</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>“%1” sounds like a job title. Here people meet over what they know, not over rank: what could you help with, or talk about?</source>
        <translation>« %1 » ressemble à un intitulé de poste. Ici, on se rencontre autour de ce que l&apos;on sait, pas du rang : sur quoi pourriez-vous aider, ou de quoi aimeriez-vous parler ?</translation>
    </message>
    <message>
        <source>That word can&apos;t go on the screens. Could you say it another way?</source>
        <translation>Ce mot ne peut pas s&apos;afficher sur les écrans. Pourriez-vous le dire autrement ?</translation>
    </message>
    <message>
        <source>Type a word or two first.</source>
        <translation>Tapez d&apos;abord un mot ou deux.</translation>
    </message>
    <message>
        <source>Pick at least one thing you&apos;d like to talk about.</source>
        <translation>Choisissez au moins un sujet dont vous aimeriez parler.</translation>
    </message>
    <message>
        <source>Pick at least one thing you can help with.</source>
        <translation>Choisissez au moins un sujet sur lequel vous pouvez aider.</translation>
    </message>
    <message>
        <source>That can&apos;t go on the screens. Please type your name.</source>
        <translation>Cela ne peut pas s&apos;afficher sur les écrans. Tapez votre nom, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>Please type your first name.</source>
        <translation>Tapez votre prénom, s&apos;il vous plaît.</translation>
    </message>
    <message>
        <source>%1 can help you with %2</source>
        <translation>%1 peut vous aider sur « %2 »</translation>
    </message>
    <message>
        <source>You can help %1 with %2</source>
        <translation>Vous pouvez aider %1 sur « %2 »</translation>
    </message>
    <message>
        <source>%1 also wants to talk about %2</source>
        <translation>%1 veut aussi parler de « %2 »</translation>
    </message>
    <message>
        <source>We couldn&apos;t save that just now. Please try again in a moment.</source>
        <translation>Impossible d&apos;enregistrer pour l&apos;instant. Réessayez dans un moment.</translation>
    </message>
    <message>
        <source>We don&apos;t recognise this ticket. Please find your name instead.</source>
        <translation>Nous ne reconnaissons pas ce billet. Cherchez plutôt votre nom.</translation>
    </message>
    <message>
        <source>This ticket is on several names. Please find your name instead.</source>
        <translation>Ce billet correspond à plusieurs noms. Cherchez plutôt votre nom.</translation>
    </message>
    <message>
        <source>You have already checked out. See you soon!</source>
        <translation>Votre départ est déjà enregistré. À bientôt !</translation>
    </message>
    <message>
        <source>Please ask at the welcome desk: we&apos;ll sort it out.</source>
        <translation>Adressez-vous à l&apos;accueil : nous allons arranger ça.</translation>
    </message>
    <message>
        <source>First name is fine</source>
        <translation>Tutoiement bienvenu</translation>
    </message>
    <message>
        <source>Formal, please</source>
        <translation>Vouvoiement, s&apos;il vous plaît</translation>
    </message>
    <message>
        <source>Either is fine</source>
        <translation>Les deux me vont</translation>
    </message>
    <message>
        <source>Handshake</source>
        <translation>Poignée de main</translation>
    </message>
    <message>
        <source>A wave</source>
        <translation>Signe de la main</translation>
    </message>
    <message>
        <source>Cheek kiss</source>
        <translation>La bise</translation>
    </message>
    <message>
        <source>No contact</source>
        <translation>Sans contact</translation>
    </message>
    <message>
        <source>Any greeting</source>
        <translation>Peu importe</translation>
    </message>
    <message>
        <source>Doors are open: be among the first!</source>
        <translation>Les portes sont ouvertes : soyez parmi les premiers !</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
</TS>
