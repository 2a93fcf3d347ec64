<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AcceptPairingDialog</name>
    <message>
        <source>&amp;Look up</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>Paste the pairing id the other organization&apos;s admin sent you, then look it up to see who asks for access.</source>
        <translation>Collez l&apos;identifiant de jumelage envoyé par l&apos;administrateur de l&apos;autre organisation, puis recherchez-le pour voir qui demande l&apos;accès.</translation>
    </message>
    <message>
        <source>Give these roles to e&amp;very user</source>
        <translation>&amp;Donner ces rôles à chaque utilisateur</translation>
    </message>
    <message>
        <source>&amp;Enabled: the users can work here at once</source>
        <translation>&amp;Activée : les utilisateurs peuvent travailler ici tout de suite</translation>
    </message>
    <message>
        <source>Accept a pairing</source>
        <translation>Accepter un jumelage</translation>
    </message>
    <message>
        <source>Pairing id</source>
        <translation>Identifiant de jumelage</translation>
    </message>
    <message>
        <source>Requested users</source>
        <translation>Utilisateurs demandés</translation>
    </message>
    <message>
        <source>Requested &amp;users (unchecked ones are left out):</source>
        <translation>&amp;Utilisateurs demandés (ceux non cochés sont exclus) :</translation>
    </message>
    <message>
        <source>&amp;Roles here for the selected user:</source>
        <translation>&amp;Rôles ici pour l&apos;utilisateur sélectionné :</translation>
    </message>
    <message>
        <source>&amp;Create trust</source>
        <translation>&amp;Créer la relation de confiance</translation>
    </message>
    <message>
        <source>No pairing to accept yet.</source>
        <translation>Aucun jumelage à accepter pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; asks for access to this organization for %n user(s).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; demande l&apos;accès à cette organisation pour %n utilisateur.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; demande l&apos;accès à cette organisation pour %n utilisateurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>This organization already trusts %1: the trust cannot be created twice.</source>
        <translation>Cette organisation fait déjà confiance à %1 : la relation ne peut pas être créée deux fois.</translation>
    </message>
    <message>
        <source>This organization already trusts them.</source>
        <translation>Cette organisation lui fait déjà confiance.</translation>
    </message>
    <message>
        <source>Check at least one requested user.</source>
        <translation>Cochez au moins un utilisateur demandé.</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen user(s) have no role yet.</source>
        <translation>
            <numerusform>%n utilisateur choisi n&apos;a pas encore de rôle.</numerusform>
            <numerusform>%n utilisateurs choisis n&apos;ont pas encore de rôle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccessPage</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Granted by policy</source>
        <translation>Accordée par la stratégie</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Roles that grant it</source>
        <translation>Rôles qui l’accordent</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>People who hold those roles</source>
        <translation>Personnes ayant ces rôles</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Accordée par</translation>
    </message>
    <message>
        <source>Effective permissions</source>
        <translation>Permissions effectives</translation>
    </message>
    <message>
        <source>Who can do this?</source>
        <translation>Qui peut faire cela ?</translation>
    </message>
    <message>
        <source>Why can this person do that?</source>
        <translation>Pourquoi cette personne le peut-elle ?</translation>
    </message>
    <message>
        <source>A permission, e.g. routing:queue:edit</source>
        <translation>Une permission, p. ex. routing:queue:edit</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>The roles and the people, as a CSV file for a spreadsheet</source>
        <translation>Les rôles et les personnes, en fichier CSV pour un tableur</translation>
    </message>
    <message>
        <source>Double-click a role to open it</source>
        <translation>Double-cliquez sur un rôle pour l’ouvrir</translation>
    </message>
    <message>
        <source>Type a permission (completed from the catalog) and press Enter: the roles that grant it, wildcards and conditions included, and everyone who holds them, partner organizations&apos; users too.</source>
        <translation>Saisissez une permission (complétée depuis le catalogue) et appuyez sur Entrée : les rôles qui l’accordent, jokers et conditions compris, et toutes les personnes qui les ont, y compris les utilisateurs des organisations partenaires.</translation>
    </message>
    <message>
        <source>A person, by name or email</source>
        <translation>Une personne, par nom ou e-mail</translation>
    </message>
    <message>
        <source>Pick a person: their roles, what those roles let them do, and for each permission the role and policy that grants it.</source>
        <translation>Choisissez une personne : ses rôles, ce qu’ils lui permettent, et pour chaque permission le rôle et la stratégie qui l’accordent.</translation>
    </message>
    <message>
        <source>Their roles</source>
        <translation>Ses rôles</translation>
    </message>
    <message>
        <source>Filter permissions, e.g. queue or routing:queue:edit</source>
        <translation>Filtrer les permissions, p. ex. queue ou routing:queue:edit</translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation>Filtrer les permissions</translation>
    </message>
    <message>
        <source>“%1” is not a permission: type domain:entity:action, e.g. routing:queue:edit.</source>
        <translation>« %1 » n’est pas une permission : saisissez domaine:entité:action, p. ex. routing:queue:edit.</translation>
    </message>
    <message>
        <source>“%1” is not in the catalog: only a wildcard can grant it, and the service may not know it.</source>
        <translation>« %1 » n’est pas dans le catalogue : seul un joker peut l’accorder, et le service ne la connaît peut-être pas.</translation>
    </message>
    <message>
        <source>Looking for the people who hold the roles…</source>
        <translation>Recherche des personnes ayant ces rôles…</translation>
    </message>
    <message>
        <source>A wildcard policy: it grants every matching permission</source>
        <translation>Une stratégie joker : elle accorde toute permission correspondante</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>This organization</source>
        <translation>Cette organisation</translation>
    </message>
    <message>
        <source>No role grants %1.</source>
        <translation>Aucun rôle n’accorde %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s) grant %1</source>
        <translation>
            <numerusform>%n rôle accorde %1</numerusform>
            <numerusform>%n rôles accordent %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) hold them</source>
        <translation>
            <numerusform>%n personne les a</numerusform>
            <numerusform>%n personnes les ont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from partner organizations</source>
        <translation>
            <numerusform>%n d’organisations partenaires</numerusform>
            <numerusform>%n d’organisations partenaires</numerusform>
        </translation>
    </message>
    <message>
        <source>The holders could not be read; see the errors panel.</source>
        <translation>Les titulaires n’ont pas pu être lus ; voir le panneau des erreurs.</translation>
    </message>
    <message>
        <source>Finding who can do %1</source>
        <translation>Recherche de qui peut faire %1</translation>
    </message>
    <message>
        <source>Export who can %1</source>
        <translation>Exporter qui peut %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Who can %1.csv</source>
        <translation>Qui peut %1.csv</translation>
    </message>
    <message>
        <source>the CSV file</source>
        <translation>le fichier CSV</translation>
    </message>
    <message>
        <source>Exporting who can %1</source>
        <translation>Export de qui peut %1</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>Loading the organization&apos;s people…</source>
        <translation>Chargement des personnes de l’organisation…</translation>
    </message>
    <message>
        <source>Type a name or an email first.</source>
        <translation>Saisissez d’abord un nom ou un e-mail.</translation>
    </message>
    <message>
        <source>No single person matches “%1”; pick one from the list.</source>
        <translation>Aucune personne unique ne correspond à « %1 » ; choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>Reading the roles of %1…</source>
        <translation>Lecture des rôles de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n role(s)</source>
        <translation>
            <numerusform>%1 a %n rôle</numerusform>
            <numerusform>%1 a %n rôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>they grant %n permission(s).</source>
        <translation>
            <numerusform>ils accordent %n permission.</numerusform>
            <numerusform>ils accordent %n permissions.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account is %1: it cannot sign in.</source>
        <translation>Le compte est %1 : il ne peut pas se connecter.</translation>
    </message>
    <message>
        <source>The roles could not be read; see the errors panel.</source>
        <translation>Les rôles n’ont pas pu être lus ; voir le panneau des erreurs.</translation>
    </message>
    <message>
        <source>Reading a person&apos;s roles</source>
        <translation>Lecture des rôles d’une personne</translation>
    </message>
    <message>
        <source>Not among the loaded roles</source>
        <translation>Absent des rôles chargés</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n permission</numerusform>
            <numerusform>%n permissions</numerusform>
        </translation>
    </message>
    <message>
        <source>None of their permissions matches “%1”.</source>
        <translation>Aucune de ses permissions ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>%1 is granted by:</source>
        <translation>%1 est accordée par :</translation>
    </message>
    <message>
        <source>the role %1, policy %2</source>
        <translation>le rôle %1, stratégie %2</translation>
    </message>
    <message>
        <source>wildcard</source>
        <translation>joker</translation>
    </message>
    <message>
        <source>only where %1</source>
        <translation>seulement si %1</translation>
    </message>
    <message>
        <source>Partner organizations&apos; users could not be read, so they are not listed.</source>
        <translation>Les utilisateurs des organisations partenaires n’ont pas pu être lus ; ils ne sont donc pas listés.</translation>
    </message>
</context>
<context>
    <name>AccessRights</name>
    <message>
        <source>You need %1.</source>
        <translation>Il vous faut %1.</translation>
    </message>
    <message>
        <source>You need one of %1.</source>
        <translation>Il vous faut l’une de ces autorisations : %1.</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Opening snapshot %1</source>
        <translation>Ouverture de l’instantané %1</translation>
    </message>
    <message>
        <source>Saving snapshot</source>
        <translation>Enregistrement de l’instantané</translation>
    </message>
    <message>
        <source>Snapshot saved to %1</source>
        <translation>Instantané enregistré dans %1</translation>
    </message>
    <message>
        <source>Another connection…</source>
        <translation>Autre connexion…</translation>
    </message>
    <message>
        <source>Compare with another organization</source>
        <translation>Comparer avec une autre organisation</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation :</translation>
    </message>
    <message>
        <source>Loading an organization to compare with</source>
        <translation>Chargement d&apos;une organisation à comparer</translation>
    </message>
    <message>
        <source>%1 is ready to compare with: pick it on the right side.</source>
        <translation>%1 est prête pour la comparaison : choisissez-la à droite.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in one to sign in: %1</source>
        <translation>Aucun navigateur n’a pu être ouvert. Ouvrez cette adresse dans un navigateur pour vous connecter : %1</translation>
    </message>
    <message numerus="yes">
        <source>Reading the roles of %n trustee user(s) for the snapshot…</source>
        <translation>
            <numerusform>Lecture des rôles de %n utilisateur de confiance pour l’instantané…</numerusform>
            <numerusform>Lecture des rôles de %n utilisateurs de confiance pour l’instantané…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the connection as the profile “%1”.</source>
        <translation>Connexion enregistrée comme profil « %1 ».</translation>
    </message>
</context>
<context>
    <name>AuditPane</name>
    <message>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>◀ Newer</source>
        <translation>◀ Plus récents</translation>
    </message>
    <message>
        <source>Older ▶</source>
        <translation>Plus anciens ▶</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Exporter en CS&amp;V…</translation>
    </message>
    <message>
        <source>Choose a period and search.</source>
        <translation>Choisissez une période et lancez la recherche.</translation>
    </message>
    <message>
        <source>What partners&apos; users did here (trustee audits)</source>
        <translation>Ce que les utilisateurs des partenaires ont fait ici (audits des organisations de confiance)</translation>
    </message>
    <message>
        <source>What our users did in organizations that trust us (trustor audits)</source>
        <translation>Ce que nos utilisateurs ont fait dans les organisations qui nous font confiance (audits des organisations accordant la confiance)</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciens d&apos;abord</translation>
    </message>
    <message>
        <source>Words in the action, entity or message</source>
        <translation>Mots de l&apos;action, de l&apos;entité ou du message</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées d&apos;audit</translation>
    </message>
    <message>
        <source>The selected entry, in full.</source>
        <translation>L&apos;entrée sélectionnée, en entier.</translation>
    </message>
    <message>
        <source>Selected entry as JSON</source>
        <translation>Entrée sélectionnée en JSON</translation>
    </message>
    <message>
        <source>&amp;Audits:</source>
        <translation>&amp;Audits :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>Export audit entries</source>
        <translation>Exporter les entrées d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting audit entries</source>
        <translation>Export des entrées d&apos;audit</translation>
    </message>
    <message>
        <source>All organizations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Searching the trust audits</source>
        <translation>Recherche dans les audits de confiance</translation>
    </message>
    <message>
        <source>No audit entry matches.</source>
        <translation>Aucune entrée d&apos;audit ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>Page %1 of %2 · %n entry(ies) in all</source>
        <translation>
            <numerusform>Page %1 sur %2 · %n entrée au total</numerusform>
            <numerusform>Page %1 sur %2 · %n entrées au total</numerusform>
        </translation>
    </message>
    <message>
        <source>the audit export</source>
        <translation>l&apos;export d&apos;audit</translation>
    </message>
    <message>
        <source>P&amp;hrase:</source>
        <translation>&amp;Expression :</translation>
    </message>
    <message>
        <source>A snapshot holds no audits: connect to search them.</source>
        <translation>Un instantané ne contient pas d&apos;audits : connectez-vous pour les rechercher.</translation>
    </message>
</context>
<context>
    <name>AuditSearch</name>
    <message>
        <source>No organization has access to this one: there is nothing to audit.</source>
        <translation>Aucune organisation n&apos;a accès à celle-ci : il n&apos;y a rien à auditer.</translation>
    </message>
    <message>
        <source>No organization trusts this one: there is nothing to audit.</source>
        <translation>Aucune organisation ne fait confiance à celle-ci : il n&apos;y a rien à auditer.</translation>
    </message>
    <message>
        <source>The start of the period is after its end.</source>
        <translation>Le début de la période est après sa fin.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity type</source>
        <translation>Type d&apos;entité</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message numerus="yes">
        <source>The sign-in was not completed within %n minute(s). Sign in again.</source>
        <translation>
            <numerusform>La connexion n’a pas été terminée en %n minute. Reconnectez-vous.</numerusform>
            <numerusform>La connexion n’a pas été terminée en %n minutes. Reconnectez-vous.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in service refused the sign-in (HTTP %1): %2</source>
        <translation>Le service de connexion a refusé la connexion (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>The sign-in service could not be reached: %1</source>
        <translation>Le service de connexion est injoignable : %1</translation>
    </message>
    <message>
        <source>RoleDesk could not listen on 127.0.0.1 for the browser&apos;s answer.</source>
        <translation>RoleDesk n’a pas pu écouter sur 127.0.0.1 la réponse du navigateur.</translation>
    </message>
    <message>
        <source>RoleDesk has the answer of the sign-in. You can close this tab and go back to RoleDesk.</source>
        <translation>RoleDesk a reçu la réponse de la connexion. Vous pouvez fermer cet onglet et revenir à RoleDesk.</translation>
    </message>
    <message>
        <source>The sign-in was refused: %1</source>
        <translation>La connexion a été refusée : %1</translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (its state does not match), so it was ignored. Sign in again.</source>
        <translation>La réponse du navigateur n’appartient pas à cette connexion (son state ne correspond pas) ; elle a été ignorée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer has no authorization code. Sign in again.</source>
        <translation>La réponse du navigateur ne contient pas de code d’autorisation. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>CatalogPage</name>
    <message>
        <source>Filter permissions: type words of a name or label, e.g. &quot;queue view&quot;</source>
        <translation>Filtrer les permissions : mots du nom ou du libellé, p. ex. « queue view »</translation>
    </message>
    <message>
        <source>Filter permissions</source>
        <translation>Filtrer les permissions</translation>
    </message>
    <message>
        <source>Permission catalog</source>
        <translation>Catalogue des permissions</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) in %1 domains</source>
        <translation>
            <numerusform>%n permission dans %1 domaines</numerusform>
            <numerusform>%n permissions dans %1 domaines</numerusform>
        </translation>
    </message>
    <message>
        <source>No permission matches &quot;%1&quot;.</source>
        <translation>Aucune permission ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>Roles that grant this</source>
        <translation>Rôles qui l’accordent</translation>
    </message>
    <message>
        <source>The roles that grant this permission and the people who hold them</source>
        <translation>Les rôles qui accordent cette permission et les personnes qui les ont</translation>
    </message>
    <message>
        <source>Copy permission</source>
        <translation>Copier la permission</translation>
    </message>
    <message>
        <source>Double-click a permission to see who can do it; right-click for more</source>
        <translation>Double-cliquez sur une permission pour voir qui l’a ; clic droit pour plus</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) match</source>
        <translation>
            <numerusform>%n permission correspond</numerusform>
            <numerusform>%n permissions correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n domain(s)</source>
        <translation>
            <numerusform>dans %n domaine</numerusform>
            <numerusform>dans %n domaines</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Open the embedded sandbox organization.</source>
        <translation>Ouvrir l’organisation bac à sable intégrée.</translation>
    </message>
    <message>
        <source>SQLite file the sandbox keeps its state in (default: in the user&apos;s data directory).</source>
        <translation>Fichier SQLite où le bac à sable conserve son état (par défaut : dans le dossier de données de l’utilisateur).</translation>
    </message>
    <message>
        <source>Connect with a saved connection profile.</source>
        <translation>Se connecter avec un profil de connexion enregistré.</translation>
    </message>
    <message>
        <source>Connect to this API base URL, with credentials from PURECLOUD_CLIENT_ID and PURECLOUD_SECRET.</source>
        <translation>Se connecter à cette URL de base de l’API, avec les identifiants de PURECLOUD_CLIENT_ID et PURECLOUD_SECRET.</translation>
    </message>
    <message>
        <source>User interface language (en, de, fr).</source>
        <translation>Langue de l’interface (en, de, fr).</translation>
    </message>
    <message>
        <source>Without a window: save everything of the organization (roles, catalog, products, trusts) to FILE and exit.</source>
        <translation>Sans fenêtre : enregistrer tout de l’organisation (rôles, catalogue, produits, confiance) dans FILE et quitter.</translation>
    </message>
    <message>
        <source>the snapshot failed, nothing was written: %1</source>
        <translation>l’instantané a échoué, rien n’a été écrit : %1</translation>
    </message>
    <message>
        <source>Genesys Cloud authorization console: roles, permissions and trusts.</source>
        <translation>Console d’autorisations Genesys Cloud : rôles, permissions et relations de confiance.</translation>
    </message>
    <message>
        <source>Without a window: compare two snapshot files LEFT RIGHT role by role (roles added, removed, changed) and exit 0 when they are the same, 1 when they differ, 2 on error.</source>
        <translation>Sans fenêtre : compare deux fichiers d&apos;instantané LEFT RIGHT rôle par rôle (rôles ajoutés, supprimés, modifiés) ; code de sortie 0 s&apos;ils sont identiques, 1 s&apos;ils diffèrent, 2 en cas d&apos;erreur.</translation>
    </message>
    <message>
        <source>With --diff: print the differences as JSON.</source>
        <translation>Avec --diff : affiche les différences en JSON.</translation>
    </message>
    <message>
        <source>--diff needs two snapshot files: roledesk --diff LEFT RIGHT [--json]</source>
        <translation>--diff demande deux fichiers d&apos;instantané : roledesk --diff LEFT RIGHT [--json]</translation>
    </message>
    <message>
        <source>cannot compare %1: %2</source>
        <translation>impossible de comparer %1 : %2</translation>
    </message>
    <message>
        <source>With --diff: the earlier and the later snapshot file.</source>
        <translation>Avec --diff : le fichier d&apos;instantané antérieur et le plus récent.</translation>
    </message>
    <message>
        <source>With --sandbox: open this one of the sandbox&apos;s organizations (their names are in File ▸ Open sandbox organization).</source>
        <translation>Avec --sandbox : ouvre cette organisation du bac à sable (leurs noms figurent dans Fichier ▸ Ouvrir une organisation du bac à sable).</translation>
    </message>
    <message>
        <source>With --snapshot: give up after SECONDS (default 600) with a message and exit 1.</source>
        <translation>Avec --snapshot : abandonner après SECONDS secondes (600 par défaut) avec un message et quitter avec 1.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds above 0, not &quot;%1&quot;.</source>
        <translation>--timeout attend un nombre de secondes supérieur à 0, pas « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>the snapshot did not finish within %n second(s), nothing was written (a longer --timeout allows more).</source>
        <translation>
            <numerusform>l’instantané n’a pas abouti en %n seconde, rien n’a été écrit (un --timeout plus long laisse plus de temps).</numerusform>
            <numerusform>l’instantané n’a pas abouti en %n secondes, rien n’a été écrit (un --timeout plus long laisse plus de temps).</numerusform>
        </translation>
    </message>
    <message>
        <source>With --sandbox: sign in as one of the sandbox&apos;s people on its sign-in page (in the browser), instead of connecting with its OAuth client.</source>
        <translation>Avec --sandbox : se connecter comme l’une des personnes du bac à sable sur sa page de connexion (dans le navigateur), au lieu de son client OAuth.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; signs in with a person&apos;s account; --snapshot needs a client-credentials profile (OAuth client id and secret).</source>
        <translation>le profil « %1 » se connecte avec le compte d’une personne ; --snapshot exige un profil d’identifiants client (ID et secret du client OAuth).</translation>
    </message>
    <message>
        <source>Connect to this Genesys Cloud region (a host such as mypurecloud.de, or a key such as eu_central_1), with credentials from PURECLOUD_CLIENT_ID and PURECLOUD_SECRET. Without it, PURECLOUD_ENVIRONMENT names the region when those credentials are set.</source>
        <translation>Se connecter à cette région Genesys Cloud (un hôte comme mypurecloud.de, ou une clé comme eu_central_1), avec les identifiants de PURECLOUD_CLIENT_ID et PURECLOUD_SECRET. Sans cette option, PURECLOUD_ENVIRONMENT désigne la région quand ces identifiants sont définis.</translation>
    </message>
    <message>
        <source>--snapshot needs --sandbox, --profile NAME, --region NAME or --base-url URL.</source>
        <translation>--snapshot demande --sandbox, --profile NOM, --region NOM ou --base-url URL.</translation>
    </message>
</context>
<context>
    <name>ComparePage</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>addedPermissionPolicies (in the role, not in its default):</source>
        <translation>addedPermissionPolicies (dans le rôle, pas dans son rôle par défaut) :</translation>
    </message>
    <message>
        <source>removedPermissionPolicies (in the default, not in the role):</source>
        <translation>removedPermissionPolicies (dans le rôle par défaut, pas dans le rôle) :</translation>
    </message>
    <message>
        <source>samePermissionPolicies:</source>
        <translation>samePermissionPolicies :</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Show the server&apos;s answer</source>
        <translation>Afficher la réponse du serveur</translation>
    </message>
    <message>
        <source>Only differences</source>
        <translation>Différences seulement</translation>
    </message>
    <message>
        <source>Take back checked…</source>
        <translation>Annuler les éléments cochés…</translation>
    </message>
    <message>
        <source>Only rows that differ</source>
        <translation>Lignes différentes seulement</translation>
    </message>
    <message>
        <source>Restore defaults…</source>
        <translation>Restaurer les rôles par défaut…</translation>
    </message>
    <message>
        <source>Restore chosen default roles to their shipped definition, after a preview of what changes and who is affected</source>
        <translation>Restaurer les rôles par défaut choisis dans leur définition d&apos;origine, après un aperçu des changements et des personnes concernées</translation>
    </message>
    <message>
        <source>Add missing defaults…</source>
        <translation>Ajouter les rôles par défaut manquants…</translation>
    </message>
    <message>
        <source>Add the default roles this organization lacks; no existing role changes</source>
        <translation>Ajouter les rôles par défaut qui manquent à cette organisation ; aucun rôle existant ne change</translation>
    </message>
    <message>
        <source>Reset every default…</source>
        <translation>Réinitialiser tous les rôles par défaut…</translation>
    </message>
    <message>
        <source>Reset every default role of the organization, after a preview and a typed confirmation</source>
        <translation>Réinitialiser chaque rôle par défaut de l&apos;organisation, après un aperçu et une confirmation saisie</translation>
    </message>
    <message>
        <source>Undo a restore…</source>
        <translation>Annuler une restauration…</translation>
    </message>
    <message>
        <source>Put back the roles as they were before an earlier restore</source>
        <translation>Remettre les rôles tels qu&apos;ils étaient avant une restauration précédente</translation>
    </message>
    <message>
        <source>Open snapshot…</source>
        <translation>Ouvrir un instantané…</translation>
    </message>
    <message>
        <source>Compare with a snapshot</source>
        <translation>Comparer avec un instantané</translation>
    </message>
    <message>
        <source>RoleDesk snapshots (*.json)</source>
        <translation>Instantanés RoleDesk (*.json)</translation>
    </message>
    <message>
        <source>Opening snapshot %1</source>
        <translation>Ouverture de l&apos;instantané %1</translation>
    </message>
    <message>
        <source>Pick roles from a snapshot file</source>
        <translation>Choisir des rôles dans un fichier d&apos;instantané</translation>
    </message>
    <message>
        <source>Another organization…</source>
        <translation>Autre organisation…</translation>
    </message>
    <message>
        <source>Connect a second organization to pick roles from</source>
        <translation>Connecter une deuxième organisation pour y choisir des rôles</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Left source</source>
        <translation>Source de gauche</translation>
    </message>
    <message>
        <source>Right source</source>
        <translation>Source de droite</translation>
    </message>
    <message>
        <source>Left role</source>
        <translation>Rôle de gauche</translation>
    </message>
    <message>
        <source>Right role</source>
        <translation>Rôle de droite</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Search differences</source>
        <translation>Rechercher dans les différences</translation>
    </message>
    <message>
        <source>Next difference</source>
        <translation>Différence suivante</translation>
    </message>
    <message>
        <source>Previous difference</source>
        <translation>Différence précédente</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copier en texte</translation>
    </message>
    <message>
        <source>Undo the checked differences in the role&apos;s draft, as one step you can undo; save it in Roles</source>
        <translation>Annuler les différences cochées dans le brouillon du rôle, en une étape annulable ; enregistrez-le dans Rôles</translation>
    </message>
    <message>
        <source>The server&apos;s comparison</source>
        <translation>La comparaison du serveur</translation>
    </message>
    <message>
        <source>Filter roles</source>
        <translation>Filtrer les rôles</translation>
    </message>
    <message>
        <source>Roles side by side</source>
        <translation>Rôles côte à côte</translation>
    </message>
    <message>
        <source>At most %1 roles side by side.</source>
        <translation>Au plus %1 rôles côte à côte.</translation>
    </message>
    <message>
        <source>Permissions by role</source>
        <translation>Permissions par rôle</translation>
    </message>
    <message>
        <source>Check 2 to %1 roles:</source>
        <translation>Cochez de 2 à %1 rôles :</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>Choose two roles, or a role and its default, then Compare. In Roles, Ctrl+D compares the open role with its default, unsaved edits included.</source>
        <translation>Choisissez deux rôles, ou un rôle et son rôle par défaut, puis Comparer. Dans Rôles, Ctrl+D compare le rôle ouvert avec son rôle par défaut, modifications non enregistrées comprises.</translation>
    </message>
    <message>
        <source>Snapshot %1 (%2, %3)</source>
        <translation>Instantané %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Its default</source>
        <translation>Son rôle par défaut</translation>
    </message>
    <message>
        <source>This organization (%1)</source>
        <translation>Cette organisation (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(the default of the role on the left)</source>
        <translation>(le rôle par défaut du rôle de gauche)</translation>
    </message>
    <message>
        <source>Restores need a connection; a snapshot is read-only.</source>
        <translation>Les restaurations demandent une connexion ; un instantané est en lecture seule.</translation>
    </message>
    <message>
        <source>Compare the role with its default (the server&apos;s comparedefault, checked by RoleDesk)</source>
        <translation>Comparer le rôle avec son rôle par défaut (comparedefault du serveur, vérifié par RoleDesk)</translation>
    </message>
    <message>
        <source>Only a default-based role of the connected organization has a default to compare with.</source>
        <translation>Seul un rôle de l&apos;organisation connectée issu d&apos;un rôle par défaut a un rôle par défaut à comparer.</translation>
    </message>
    <message>
        <source>Compare the two roles</source>
        <translation>Comparer les deux rôles</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 dans %2</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1 (gauche)</translation>
    </message>
    <message>
        <source>%1 (right)</source>
        <translation>%1 (droite)</translation>
    </message>
    <message>
        <source>Comparing with the default needs a connection to the organization.</source>
        <translation>La comparaison avec le rôle par défaut demande une connexion à l&apos;organisation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not based on a default role: choose another role to compare it with.</source>
        <translation>« %1 » n&apos;est pas issu d&apos;un rôle par défaut : choisissez un autre rôle à comparer.</translation>
    </message>
    <message>
        <source>Comparing %1 with its default…</source>
        <translation>Comparaison de %1 avec son rôle par défaut…</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>La comparaison a échoué : %1</translation>
    </message>
    <message>
        <source>Comparing %1 with its default</source>
        <translation>Comparaison de %1 avec son rôle par défaut</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
    <message>
        <source>its default</source>
        <translation>son rôle par défaut</translation>
    </message>
    <message>
        <source>✓ The server&apos;s own comparison (comparedefault) agrees with this one.</source>
        <translation>✓ La comparaison du serveur (comparedefault) concorde avec celle-ci.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The server&apos;s comparison disagrees on %n permission(s): %1. Both are shown; check before you restore.</source>
        <translation>
            <numerusform>⚠ La comparaison du serveur diffère sur %n permission : %1. Les deux sont affichées ; vérifiez avant de restaurer.</numerusform>
            <numerusform>⚠ La comparaison du serveur diffère sur %n permissions : %1. Les deux sont affichées ; vérifiez avant de restaurer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 compared with %2:</source>
        <translation>%1 comparé à %2 :</translation>
    </message>
    <message numerus="yes">
        <source>+ %n only in %1,</source>
        <translation>
            <numerusform>+ %n seulement dans %1,</numerusform>
            <numerusform>+ %n seulement dans %1,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>− %n only in %1,</source>
        <translation>
            <numerusform>− %n seulement dans %1,</numerusform>
            <numerusform>− %n seulement dans %1,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>~ %n with a different condition,</source>
        <translation>
            <numerusform>~ %n avec une autre condition,</numerusform>
            <numerusform>~ %n avec une autre condition,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n the same.</source>
        <translation>
            <numerusform>%n identique.</numerusform>
            <numerusform>%n identiques.</numerusform>
        </translation>
    </message>
    <message>
        <source>The names differ.</source>
        <translation>Les noms diffèrent.</translation>
    </message>
    <message>
        <source>The descriptions differ.</source>
        <translation>Les descriptions diffèrent.</translation>
    </message>
    <message>
        <source>The legacy &quot;permissions&quot; lists differ too (+%1 −%2).</source>
        <translation>Les anciennes listes « permissions » diffèrent aussi (+%1 −%2).</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>The comparison is on the clipboard.</source>
        <translation>La comparaison est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Check 2 to %1 roles on the left to see which of them grants what.</source>
        <translation>Cochez à gauche de 2 à %1 rôles pour voir lequel accorde quoi.</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) differ among these roles.</source>
        <translation>
            <numerusform>%n permission diffère entre ces rôles.</numerusform>
            <numerusform>%n permissions diffèrent entre ces rôles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add missing default roles</source>
        <translation>Ajouter les rôles par défaut manquants</translation>
    </message>
    <message>
        <source>Add the default roles %1 does not have?</source>
        <translation>Ajouter les rôles par défaut que %1 n&apos;a pas ?</translation>
    </message>
    <message>
        <source>Only missing default roles are created. No existing role changes, and nobody gets a new role.</source>
        <translation>Seuls les rôles par défaut manquants sont créés. Aucun rôle existant ne change et personne ne reçoit de nouveau rôle.</translation>
    </message>
    <message>
        <source>Add missing roles</source>
        <translation>Ajouter les rôles manquants</translation>
    </message>
    <message>
        <source>No default role was missing.</source>
        <translation>Aucun rôle par défaut ne manquait.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n default role(s): %1</source>
        <translation>
            <numerusform>%n rôle par défaut ajouté : %1</numerusform>
            <numerusform>%n rôles par défaut ajoutés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding missing default roles</source>
        <translation>Ajout des rôles par défaut manquants</translation>
    </message>
    <message>
        <source>Default roles</source>
        <translation>Rôles par défaut</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Find a permission</source>
        <translation>Trouver une permission</translation>
    </message>
    <message>
        <source>Filters the differences by permission name and by condition text</source>
        <translation>Filtre les différences par nom de permission et par texte de condition</translation>
    </message>
</context>
<context>
    <name>ConditionDialog</name>
    <message>
        <source>Condition of %1</source>
        <translation>Condition de %1</translation>
    </message>
    <message>
        <source>The policy %1 grants &lt;b&gt;%2&lt;/b&gt; only when this condition holds.</source>
        <translation>La stratégie %1 n’accorde &lt;b&gt;%2&lt;/b&gt; que si cette condition est remplie.</translation>
    </message>
    <message>
        <source>Write &lt;i&gt;variable OPERATOR value&lt;/i&gt;, with EQ, GE, GT, LE, LT (one value) or IN (a list in parentheses). Values: &quot;text&quot;, $variable, user:id, queue:id or team:id, each id optionally followed by its &quot;name&quot;. Join terms with AND or OR; use parentheses to mix them.&lt;br&gt;Example: &lt;tt&gt;Queue.id IN (queue:123 &quot;Billing&quot;, queue:456)&lt;/tt&gt;</source>
        <translation>Écrivez &lt;i&gt;variable OPÉRATEUR valeur&lt;/i&gt;, avec EQ, GE, GT, LE, LT (une valeur) ou IN (une liste entre parenthèses). Valeurs : &quot;texte&quot;, $variable, user:id, queue:id ou team:id, chaque id éventuellement suivi de son &quot;nom&quot;. Reliez les termes par AND ou OR ; pour les mélanger, utilisez des parenthèses.&lt;br&gt;Exemple : &lt;tt&gt;Queue.id IN (queue:123 &quot;Billing&quot;, queue:456)&lt;/tt&gt;</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Supprimer la condition</translation>
    </message>
    <message>
        <source>Write a condition, or choose Remove condition.</source>
        <translation>Écrivez une condition, ou choisissez « Supprimer la condition ».</translation>
    </message>
    <message>
        <source>At character %1: %2</source>
        <translation>Au caractère %1 : %2</translation>
    </message>
</context>
<context>
    <name>ConditionText</name>
    <message>
        <source>A group must join its terms with AND or OR.</source>
        <translation>Un groupe doit relier ses termes par AND ou OR.</translation>
    </message>
    <message>
        <source>A group must hold at least one condition.</source>
        <translation>Un groupe doit contenir au moins une condition.</translation>
    </message>
    <message>
        <source>Every condition needs a variable name.</source>
        <translation>Chaque condition a besoin d’un nom de variable.</translation>
    </message>
    <message>
        <source>The operator of %1 must be EQ, IN, GE, GT, LE or LT.</source>
        <translation>L’opérateur de %1 doit être EQ, IN, GE, GT, LE ou LT.</translation>
    </message>
    <message>
        <source>%1 %2 needs a value.</source>
        <translation>%1 %2 a besoin d’une valeur.</translation>
    </message>
    <message>
        <source>%1 %2 takes exactly one value; use IN for a list.</source>
        <translation>%1 %2 prend exactement une valeur ; utilisez IN pour une liste.</translation>
    </message>
    <message>
        <source>A value of %1 is empty.</source>
        <translation>Une valeur de %1 est vide.</translation>
    </message>
    <message>
        <source>A %1 value of %2 has no id.</source>
        <translation>Une valeur %1 de %2 n’a pas d’id.</translation>
    </message>
    <message>
        <source>A value of %1 has the unknown type &quot;%2&quot;.</source>
        <translation>Une valeur de %1 a le type inconnu &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>ConditionText::Parser</name>
    <message>
        <source>Unexpected text here; join terms with AND or OR.</source>
        <translation>Texte inattendu ici ; reliez les termes par AND ou OR.</translation>
    </message>
    <message>
        <source>This quoted value has no closing quote.</source>
        <translation>Il manque le guillemet fermant de cette valeur.</translation>
    </message>
    <message>
        <source>AND and OR are mixed here; use parentheses to say which comes first.</source>
        <translation>AND et OR sont mélangés ici ; indiquez avec des parenthèses lequel s’applique d’abord.</translation>
    </message>
    <message>
        <source>A condition is missing here.</source>
        <translation>Il manque une condition ici.</translation>
    </message>
    <message>
        <source>A closing parenthesis is missing here.</source>
        <translation>Il manque une parenthèse fermante ici.</translation>
    </message>
    <message>
        <source>A variable name such as Queue.id is expected here.</source>
        <translation>Un nom de variable comme Queue.id est attendu ici.</translation>
    </message>
    <message>
        <source>An operator is expected here: EQ, IN, GE, GT, LE or LT.</source>
        <translation>Un opérateur est attendu ici : EQ, IN, GE, GT, LE ou LT.</translation>
    </message>
    <message>
        <source>A comma or a closing parenthesis is expected here.</source>
        <translation>Une virgule ou une parenthèse fermante est attendue ici.</translation>
    </message>
    <message>
        <source>A variable name is expected after $.</source>
        <translation>Un nom de variable est attendu après $.</translation>
    </message>
    <message>
        <source>A value is expected here: &quot;text&quot;, $variable, user:id, queue:id or team:id.</source>
        <translation>Une valeur est attendue ici : &quot;texte&quot;, $variable, user:id, queue:id ou team:id.</translation>
    </message>
    <message>
        <source>An id is expected after %1:.</source>
        <translation>Un id est attendu après %1:.</translation>
    </message>
    <message>
        <source>This condition is %1 characters long; at most %2 are accepted.</source>
        <translation>Cette condition compte %1 caractères ; %2 au plus sont acceptés.</translation>
    </message>
    <message>
        <source>Parentheses are nested more than %1 deep here.</source>
        <translation>Ici, les parenthèses sont imbriquées sur plus de %1 niveaux.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Name: &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>Nom : &quot;%1&quot; → &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Description: &quot;%1&quot; → &quot;%2&quot;</source>
        <translation>Description : &quot;%1&quot; → &quot;%2&quot;</translation>
    </message>
    <message>
        <source>“%1” was changed by someone else</source>
        <translation>« %1 » a été modifié par quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Since you opened this role, it was changed on the server. Nothing has been saved. Compare the changes and choose which version to keep.</source>
        <translation>Depuis que vous avez ouvert ce rôle, il a été modifié sur le serveur. Rien n’a été enregistré. Comparez les modifications et choisissez la version à garder.</translation>
    </message>
    <message>
        <source>(no changes)</source>
        <translation>(aucune modification)</translation>
    </message>
    <message>
        <source>Their changes</source>
        <translation>Leurs modifications</translation>
    </message>
    <message>
        <source>Your changes</source>
        <translation>Vos modifications</translation>
    </message>
    <message>
        <source>Save mine over theirs</source>
        <translation>Enregistrer la mienne par-dessus</translation>
    </message>
    <message>
        <source>Discard mine, load theirs</source>
        <translation>Abandonner la mienne, charger la leur</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt; — changed on the server</source>
        <translation>&lt;b&gt;La leur&lt;/b&gt; — modifiée sur le serveur</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt; — not saved</source>
        <translation>&lt;b&gt;La vôtre&lt;/b&gt; — non enregistrée</translation>
    </message>
    <message>
        <source>Apply mine on top of theirs</source>
        <translation>Appliquer les miennes par-dessus les leurs</translation>
    </message>
    <message>
        <source>Keep their changes and add yours, then save</source>
        <translation>Garder leurs modifications, ajouter les vôtres, puis enregistrer</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>&amp;Enregistrer le profil</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox</source>
        <translation>Ouvrir le &amp;bac à sable</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Connect to Genesys Cloud</source>
        <translation>Se connecter à Genesys Cloud</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Other — a base URL of my own</source>
        <translation>Autre — une URL de base personnalisée</translation>
    </message>
    <message>
        <source>e.g. Production (EU)</source>
        <translation>p. ex. Production (UE)</translation>
    </message>
    <message>
        <source>OAuth client secret</source>
        <translation>Secret client OAuth</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in RoleDesk&apos;s settings.</source>
        <translation>Le secret est conservé dans le trousseau du système, jamais dans les réglages de RoleDesk.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain is available&lt;/b&gt; (%1). The secret is kept for this session only and must be entered again next time.</source>
        <translation>&lt;b&gt;Aucun trousseau système n’est disponible&lt;/b&gt; (%1). Le secret n’est conservé que pour cette session et devra être saisi à nouveau.</translation>
    </message>
    <message>
        <source>Open a local sandbox organization with realistic data; nothing leaves this computer.</source>
        <translation>Ouvrir une organisation bac à sable locale aux données réalistes ; rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Log in and read the organization&apos;s products, without connecting</source>
        <translation>Se connecter et lire les produits de l’organisation, sans ouvrir la session</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>&amp;Nom du profil :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>Client &amp;id:</source>
        <translation>&amp;Identifiant client :</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Saved profiles:</source>
        <translation>Profils enregistrés :</translation>
    </message>
    <message>
        <source>Enter the OAuth client id.</source>
        <translation>Saisissez l’identifiant client OAuth.</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Saisissez le secret client.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved.</source>
        <translation>Profil « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Profile saved, but the secret could not be stored: %1</source>
        <translation>Profil enregistré, mais le secret n’a pas pu être conservé : %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; deleted.</source>
        <translation>Profil « %1 » supprimé.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: logged in, %n product(s) enabled.</source>
        <translation>
            <numerusform>La connexion fonctionne : connecté, %n produit activé.</numerusform>
            <numerusform>La connexion fonctionne : connecté, %n produits activés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion : %1</translation>
    </message>
    <message>
        <source>as one of its &amp;people</source>
        <translation>comme l’une de ses &amp;personnes</translation>
    </message>
    <message>
        <source>Sign in with my account</source>
        <translation>Me connecter avec mon compte</translation>
    </message>
    <message>
        <source>OAuth client (client credentials)</source>
        <translation>Client OAuth (identifiants client)</translation>
    </message>
    <message>
        <source>Sign in with your own account in the browser (changes are made as you, with your permissions), or connect as an OAuth client with its secret (as a script does).</source>
        <translation>Se connecter avec votre propre compte dans le navigateur (les modifications sont faites en votre nom, avec vos permissions), ou en tant que client OAuth avec son secret (comme un script).</translation>
    </message>
    <message>
        <source>Sign in on the sandbox&apos;s sign-in page as a person with fewer rights (a role editor, an auditor, a trust manager) instead of connecting as its OAuth client.</source>
        <translation>Se connecter sur la page de connexion du bac à sable comme une personne avec moins de droits (éditeur de rôles, auditeur, gestionnaire des relations de confiance) au lieu de son client OAuth.</translation>
    </message>
    <message>
        <source>OAuth client id</source>
        <translation>ID du client OAuth</translation>
    </message>
    <message>
        <source>Sign &amp;in:</source>
        <translation>&amp;Connexion :</translation>
    </message>
    <message>
        <source>When you connect, you sign in with your own account in the browser. No secret is stored.</source>
        <translation>À la connexion, vous vous connectez avec votre propre compte dans le navigateur. Aucun secret n’est enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Connection works: %1, %n product(s) enabled.</source>
        <translation>
            <numerusform>La connexion fonctionne : %1, %n produit activé.</numerusform>
            <numerusform>La connexion fonctionne : %1, %n produits activés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The connection in use: give it a name and save it.</source>
        <translation>La connexion en cours : donnez-lui un nom et enregistrez-la.</translation>
    </message>
    <message>
        <source>https anywhere; plain http only for this computer (127.0.0.1, localhost), such as a local sandbox</source>
        <translation>https partout ; http simple seulement pour cet ordinateur (127.0.0.1, localhost), comme un bac à sable local</translation>
    </message>
</context>
<context>
    <name>ConnectionResolver</name>
    <message>
        <source>Opening the sandbox</source>
        <translation>Ouverture du bac à sable</translation>
    </message>
    <message>
        <source>The sandbox did not start: %1</source>
        <translation>Le bac à sable n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --base-url.</source>
        <translation>Définissez PURECLOUD_CLIENT_ID et PURECLOUD_SECRET pour utiliser --base-url.</translation>
    </message>
    <message>
        <source>Opening profile %1</source>
        <translation>Ouverture du profil %1</translation>
    </message>
    <message>
        <source>There is no saved profile named &quot;%1&quot;.</source>
        <translation>Aucun profil enregistré ne s’appelle « %1 ».</translation>
    </message>
    <message>
        <source>The secret of profile &quot;%1&quot; could not be read: %2</source>
        <translation>Le secret du profil « %1 » n’a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>No keychain is available (%1); use --base-url with PURECLOUD_CLIENT_ID and PURECLOUD_SECRET instead.</source>
        <translation>Aucun trousseau n’est disponible (%1) ; utilisez plutôt --base-url avec PURECLOUD_CLIENT_ID et PURECLOUD_SECRET.</translation>
    </message>
    <message>
        <source>The sandbox has no organization named “%1”; it has %2.</source>
        <translation>Le bac à sable n&apos;a pas d&apos;organisation nommée « %1 » ; il a %2.</translation>
    </message>
    <message>
        <source>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET to use --region.</source>
        <translation>Définissez PURECLOUD_CLIENT_ID et PURECLOUD_SECRET pour utiliser --region.</translation>
    </message>
</context>
<context>
    <name>DefaultComparison</name>
    <message>
        <source>&quot;%1&quot; is not based on a default role: there is nothing to compare it with.</source>
        <translation>« %1 » n&apos;est pas issu d&apos;un rôle par défaut : il n&apos;y a rien à comparer.</translation>
    </message>
</context>
<context>
    <name>DefaultRestore</name>
    <message>
        <source>&quot;%1&quot; is a custom role; only default roles can be restored.</source>
        <translation>« %1 » est un rôle personnalisé ; seuls les rôles par défaut peuvent être restaurés.</translation>
    </message>
    <message>
        <source>Reset every default role</source>
        <translation>Réinitialiser tous les rôles par défaut</translation>
    </message>
    <message numerus="yes">
        <source>Restore %n default role(s)</source>
        <translation>
            <numerusform>Restaurer %n rôle par défaut</numerusform>
            <numerusform>Restaurer %n rôles par défaut</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was restored: the roles could not be saved first. %1</source>
        <translation>Rien n&apos;a été restauré : les rôles n&apos;ont pas pu être sauvegardés d&apos;abord. %1</translation>
    </message>
</context>
<context>
    <name>DiffTreeModel</name>
    <message>
        <source>not granted</source>
        <translation>non accordée</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordée</translation>
    </message>
    <message>
        <source>if %1</source>
        <translation>si %1</translation>
    </message>
    <message>
        <source>only in %1</source>
        <translation>seulement dans %1</translation>
    </message>
    <message>
        <source>condition differs: %1</source>
        <translation>condition différente : %1</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>%1 only in %2, %3 only in %4, %5 with a different condition, %6 the same</source>
        <translation>%1 seulement dans %2, %3 seulement dans %4, %5 avec une autre condition, %6 identiques</translation>
    </message>
    <message numerus="yes">
        <source>same (%n)</source>
        <translation>
            <numerusform>identique (%n)</numerusform>
            <numerusform>identiques (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Différence</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryPrompt</name>
    <message>
        <source>Untitled role</source>
        <translation>Rôle sans nom</translation>
    </message>
    <message>
        <source>Unsaved changes found</source>
        <translation>Modifications non enregistrées trouvées</translation>
    </message>
    <message>
        <source>RoleDesk kept unsaved changes to the role “%1” from %2.</source>
        <translation>RoleDesk a conservé des modifications non enregistrées du rôle « %1 » du %2.</translation>
    </message>
    <message>
        <source>They are probably from a session that ended unexpectedly. Restore them in the editor?</source>
        <translation>Elles proviennent probablement d’une session interrompue. Les restaurer dans l’éditeur ?</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>a draft</source>
        <translation>un brouillon</translation>
    </message>
    <message>
        <source>the draft</source>
        <translation>le brouillon</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>« %1 » n’est pas une URL valide.</translation>
    </message>
    <message>
        <source>Use an https:// URL.</source>
        <translation>Utilisez une URL https://.</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only for this computer (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation>Le simple http:// n’est permis que pour cet ordinateur (127.0.0.1, ::1, localhost) ; utilisez https:// pour %1.</translation>
    </message>
</context>
<context>
    <name>ErrorPanel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>While</source>
        <translation>Pendant</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Context id</source>
        <translation>Identifiant de contexte</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy the selected errors, with their context ids, for support</source>
        <translation>Copier les erreurs choisies, avec leurs identifiants de contexte, pour le support</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>%1  %2: %3 [code %4, contextId %5]</source>
        <translation>%1  %2 : %3 [code %4, contextId %5]</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <source>Context id: %1</source>
        <translation>Identifiant de contexte : %1</translation>
    </message>
</context>
<context>
    <name>GlobalSearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Go to role, permission, trust or person</source>
        <translation>Aller à un rôle, une permission, une relation de confiance ou une personne</translation>
    </message>
    <message>
        <source>Type part of a role, permission, trustee, trustor or person…</source>
        <translation>Tapez une partie d’un rôle, d’une permission, d’un trustee, d’un trustor ou d’une personne…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Rien ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>InMemorySecretStore</name>
    <message>
        <source>No secret is stored for this profile.</source>
        <translation>Aucun secret n’est conservé pour ce profil.</translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Search by what it does or by its keys, e.g. undo or Ctrl+K</source>
        <translation>Chercher par action ou par touches, p. ex. annuler ou Ctrl+K</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Chercher un raccourci</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Check or uncheck the current permission (role editor)</source>
        <translation>Cocher ou décocher la permission courante (éditeur de rôle)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Next / previous difference (Compare)</source>
        <translation>Différence suivante / précédente (Comparer)</translation>
    </message>
    <message>
        <source>F8 / Shift+F8</source>
        <translation>F8 / Maj+F8</translation>
    </message>
    <message>
        <source>Move through results (Go to)</source>
        <translation>Parcourir les résultats (Aller à)</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>Haut / Bas</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>no secret service answered on the D-Bus session bus</source>
        <translation>aucun service de secrets n’a répondu sur le bus de session D-Bus</translation>
    </message>
</context>
<context>
    <name>LoadState</name>
    <message>
        <source>The roles were not loaded. Reload (F5) to try again.</source>
        <translation>Les rôles n’ont pas été chargés. Rechargez (F5) pour réessayer.</translation>
    </message>
    <message>
        <source>The permission catalog was not loaded. Reload (F5) to try again.</source>
        <translation>Le catalogue des permissions n’a pas été chargé. Rechargez (F5) pour réessayer.</translation>
    </message>
    <message>
        <source>The products were not loaded. Reload (F5) to try again.</source>
        <translation>Les produits n’ont pas été chargés. Rechargez (F5) pour réessayer.</translation>
    </message>
    <message>
        <source>The trusts were not loaded. Reload (F5) to try again.</source>
        <translation>Les relations de confiance n’ont pas été chargées. Rechargez (F5) pour réessayer.</translation>
    </message>
    <message>
        <source>Reading the roles…</source>
        <translation>Lecture des rôles…</translation>
    </message>
    <message>
        <source>Reading the permission catalog…</source>
        <translation>Lecture du catalogue des permissions…</translation>
    </message>
    <message>
        <source>Reading the products…</source>
        <translation>Lecture des produits…</translation>
    </message>
    <message>
        <source>Reading the trusts…</source>
        <translation>Lecture des relations de confiance…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Roles of the organization (Ctrl+1)</source>
        <translation>Rôles de l’organisation (Ctrl+1)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare a role with its default or another role (Ctrl+2)</source>
        <translation>Comparer un rôle à son rôle par défaut ou à un autre (Ctrl+2)</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>The permission catalog (Ctrl+3)</source>
        <translation>Le catalogue des permissions (Ctrl+3)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Products enabled for the organization (Ctrl+4)</source>
        <translation>Produits activés pour l’organisation (Ctrl+4)</translation>
    </message>
    <message>
        <source>Trusts</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Trustees and trustors (Ctrl+5)</source>
        <translation>Trustees et trustors (Ctrl+5)</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Products enabled for this organization:</source>
        <translation>Produits activés pour cette organisation :</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>Connected organization</source>
        <translation>Organisation connectée</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Network activity</source>
        <translation>Activité réseau</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Au repos</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Connecter…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Open snapshot…</source>
        <translation>&amp;Ouvrir un instantané…</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Ouvrir un instantané</translation>
    </message>
    <message>
        <source>RoleDesk snapshots (*.json)</source>
        <translation>Instantanés RoleDesk (*.json)</translation>
    </message>
    <message>
        <source>&amp;Save snapshot…</source>
        <translation>&amp;Enregistrer l’instantané…</translation>
    </message>
    <message>
        <source>Save snapshot</source>
        <translation>Enregistrer l’instantané</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Aller à…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Filter this workspace</source>
        <translation>&amp;Filtrer cet espace</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;Errors panel</source>
        <translation>Panneau des &amp;erreurs</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About RoleDesk</source>
        <translation>À &amp;propos de RoleDesk</translation>
    </message>
    <message>
        <source>About RoleDesk</source>
        <translation>À propos de RoleDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RoleDesk %1&lt;/h3&gt;&lt;p&gt;A console for Genesys Cloud authorization: roles, permissions, default roles, assignments and organization trusts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RoleDesk %1&lt;/h3&gt;&lt;p&gt;Une console pour les autorisations Genesys Cloud : rôles, permissions, rôles par défaut, attributions et relations de confiance entre organisations.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Snapshot of %1 taken %2 — offline, read-only</source>
        <translation>Instantané de %1 pris le %2 — hors ligne, lecture seule</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n role(s)</source>
        <translation>
            <numerusform>%n rôle chargé</numerusform>
            <numerusform>%n rôles chargés</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline snapshot (%1)</source>
        <translation>Instantané hors ligne (%1)</translation>
    </message>
    <message>
        <source>Paused %1 s — rate limited</source>
        <translation>En pause %1 s — limite de débit</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in flight, %2 queued</source>
        <translation>%1 en cours, %2 en attente</translation>
    </message>
    <message>
        <source>%1 — %p%</source>
        <translation>%1 — %p %</translation>
    </message>
    <message>
        <source>RoleDesk[*]</source>
        <translation>RoleDesk[*]</translation>
    </message>
    <message>
        <source>%1 — offline snapshot — RoleDesk[*]</source>
        <translation>%1 — instantané hors ligne — RoleDesk[*]</translation>
    </message>
    <message>
        <source>%1[*] — %2 — RoleDesk</source>
        <translation>%1[*] — %2 — RoleDesk</translation>
    </message>
    <message>
        <source>Loading the organization</source>
        <translation>Chargement de l’organisation</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>Chargement annulé.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Start the sandbox</source>
        <translation>Démarrer le bac à sable</translation>
    </message>
    <message>
        <source>Open sandbo&amp;x organization</source>
        <translation>Ouvrir une organisation du &amp;bac à sable</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Load the organization again (File ▸ Reload)</source>
        <translation>Charger à nouveau l’organisation (Fichier ▸ Recharger)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Connecté en tant que</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Sign in with your account in the browser</source>
        <translation>Vous connecter avec votre compte dans le navigateur</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Forget the sign-in of this connection</source>
        <translation>Oublier la connexion de cette session</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>OAuth client</source>
        <translation>Client OAuth</translation>
    </message>
    <message>
        <source>Connected with an OAuth client&apos;s credentials: changes are made by the client, and the server decides what it may do.</source>
        <translation>Connecté avec les identifiants d’un client OAuth : les modifications sont faites par le client, et le serveur décide de ce qu’il peut faire.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, %3</source>
        <translation>%1 &lt;%2&gt;, %3</translation>
    </message>
    <message>
        <source>Your permissions could not be read (%1); every action stays enabled and the server decides.</source>
        <translation>Vos permissions n’ont pas pu être lues (%1) ; toutes les actions restent disponibles et le serveur décide.</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) granted by your roles.</source>
        <translation>
            <numerusform>%n permission accordée par vos rôles.</numerusform>
            <numerusform>%n permissions accordées par vos rôles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Sign in with your account (File ▸ Sign in…).</source>
        <translation>Connectez-vous avec votre compte (Fichier ▸ Se connecter…).</translation>
    </message>
    <message>
        <source>Paced: %1 requests/s, budget resets in %2 s</source>
        <translation>Cadencé : %1 requêtes/s, quota rétabli dans %2 s</translation>
    </message>
    <message numerus="yes">
        <source>The server allows %n request(s) a minute. RoleDesk spreads the rest out so that none is refused; %1 in flight, %2 queued.</source>
        <translation>
            <numerusform>Le serveur autorise %n requête par minute. RoleDesk étale les autres pour qu’aucune ne soit refusée ; %1 en cours, %2 en attente.</numerusform>
            <numerusform>Le serveur autorise %n requêtes par minute. RoleDesk étale les autres pour qu’aucune ne soit refusée ; %1 en cours, %2 en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Who can do something, and why a person can (Ctrl+6)</source>
        <translation>Qui peut faire quoi, et pourquoi une personne le peut (Ctrl+6)</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Save connection as &amp;profile…</source>
        <translation>Enregistrer la connexion comme &amp;profil…</translation>
    </message>
    <message>
        <source>Name the connection in use (from --base-url or --region) and keep it with the other profiles</source>
        <translation>Nommer la connexion en cours (de --base-url ou --region) et la garder avec les autres profils</translation>
    </message>
    <message>
        <source>Jump to any role, permission, trustee, trustor or person</source>
        <translation>Aller à un rôle, une permission, un trustee, un trustor ou une personne</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;User guide (README)</source>
        <translation>&amp;Guide d’utilisation (README)</translation>
    </message>
    <message>
        <source>The user guide is README.md, next to the program&apos;s source or in /usr/share/doc/roledesk.</source>
        <translation>Le guide d’utilisation est README.md, à côté des sources du programme ou dans /usr/share/doc/roledesk.</translation>
    </message>
    <message>
        <source>Offline — cannot reach %1</source>
        <translation>Hors ligne — %1 injoignable</translation>
    </message>
    <message>
        <source>No answer since %1. What is shown was loaded before and may be stale; RoleDesk carries on when the server answers again.</source>
        <translation>Pas de réponse depuis %1. Ce qui est affiché a été chargé avant et peut être périmé ; RoleDesk reprend dès que le serveur répond à nouveau.</translation>
    </message>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (périmé)</translation>
    </message>
    <message>
        <source>Loaded before the connection was lost; reload (F5) once the server answers again</source>
        <translation>Chargé avant la perte de connexion ; rechargez (F5) dès que le serveur répond à nouveau</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) enabled</source>
        <translation>
            <numerusform>%n produit activé</numerusform>
            <numerusform>%n produits activés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>This organization is shown from a snapshot (or not connected): it cannot be changed.</source>
        <translation>Cette organisation est affichée depuis un instantané (ou n’est pas connectée) : elle ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>Reading the roles again</source>
        <translation>Relecture des rôles</translation>
    </message>
</context>
<context>
    <name>OperationText</name>
    <message>
        <source>read the permission catalog</source>
        <translation>lire le catalogue des permissions</translation>
    </message>
    <message>
        <source>read the organization&apos;s products</source>
        <translation>lire les produits de l’organisation</translation>
    </message>
    <message>
        <source>restore the default roles</source>
        <translation>restaurer les rôles par défaut</translation>
    </message>
    <message>
        <source>restore default roles</source>
        <translation>restaurer des rôles par défaut</translation>
    </message>
    <message>
        <source>list roles</source>
        <translation>lister les rôles</translation>
    </message>
    <message>
        <source>create a role</source>
        <translation>créer un rôle</translation>
    </message>
    <message>
        <source>compare a role with its default</source>
        <translation>comparer un rôle à son rôle par défaut</translation>
    </message>
    <message>
        <source>assign a role to people</source>
        <translation>attribuer un rôle à des personnes</translation>
    </message>
    <message>
        <source>take a role from people</source>
        <translation>retirer un rôle à des personnes</translation>
    </message>
    <message>
        <source>see who holds a role</source>
        <translation>voir qui détient un rôle</translation>
    </message>
    <message>
        <source>read a role</source>
        <translation>lire un rôle</translation>
    </message>
    <message>
        <source>edit a role</source>
        <translation>modifier un rôle</translation>
    </message>
    <message>
        <source>delete a role</source>
        <translation>supprimer un rôle</translation>
    </message>
    <message>
        <source>read who is signed in</source>
        <translation>savoir qui est connecté</translation>
    </message>
    <message>
        <source>read a person&apos;s roles</source>
        <translation>lire les rôles d’une personne</translation>
    </message>
    <message>
        <source>set a person&apos;s roles</source>
        <translation>définir les rôles d’une personne</translation>
    </message>
    <message>
        <source>take every role from a person</source>
        <translation>retirer tous les rôles d’une personne</translation>
    </message>
    <message>
        <source>list the people of the organization</source>
        <translation>lister les personnes de l’organisation</translation>
    </message>
    <message>
        <source>create a pairing request</source>
        <translation>créer une demande d’appairage</translation>
    </message>
    <message>
        <source>read a pairing request</source>
        <translation>lire une demande d’appairage</translation>
    </message>
    <message>
        <source>read the trustee audits</source>
        <translation>lire les audits des organisations de confiance</translation>
    </message>
    <message>
        <source>read the trustor audits</source>
        <translation>lire les audits des organisations qui nous font confiance</translation>
    </message>
    <message>
        <source>list the trustee organizations</source>
        <translation>lister les organisations de confiance</translation>
    </message>
    <message>
        <source>trust an organization</source>
        <translation>faire confiance à une organisation</translation>
    </message>
    <message>
        <source>read a trustee organization</source>
        <translation>lire une organisation de confiance</translation>
    </message>
    <message>
        <source>change a trust</source>
        <translation>modifier une relation de confiance</translation>
    </message>
    <message>
        <source>end the trust of a trustee organization</source>
        <translation>mettre fin à la confiance accordée à une organisation</translation>
    </message>
    <message>
        <source>list the users of a trustee</source>
        <translation>lister les utilisateurs d’une organisation de confiance</translation>
    </message>
    <message>
        <source>add a trustee user</source>
        <translation>ajouter un utilisateur de confiance</translation>
    </message>
    <message>
        <source>read a trustee user</source>
        <translation>lire un utilisateur de confiance</translation>
    </message>
    <message>
        <source>remove a trustee user</source>
        <translation>retirer un utilisateur de confiance</translation>
    </message>
    <message>
        <source>read a trustee user&apos;s roles</source>
        <translation>lire les rôles d’un utilisateur de confiance</translation>
    </message>
    <message>
        <source>set a trustee user&apos;s roles</source>
        <translation>définir les rôles d’un utilisateur de confiance</translation>
    </message>
    <message>
        <source>take every role from a trustee user</source>
        <translation>retirer tous les rôles d’un utilisateur de confiance</translation>
    </message>
    <message>
        <source>list the trustor organizations</source>
        <translation>lister les organisations qui nous font confiance</translation>
    </message>
    <message>
        <source>read a trustor organization</source>
        <translation>lire une organisation qui nous fait confiance</translation>
    </message>
    <message>
        <source>end the trust of a trustor organization</source>
        <translation>mettre fin à la confiance d’une organisation envers nous</translation>
    </message>
    <message>
        <source>list the users a trustor lets in</source>
        <translation>lister les utilisateurs qu’une organisation accepte chez elle</translation>
    </message>
    <message>
        <source>read a trustor user</source>
        <translation>lire un de nos utilisateurs chez une organisation</translation>
    </message>
    <message>
        <source>add a trustor user</source>
        <translation>ajouter un de nos utilisateurs chez une organisation</translation>
    </message>
    <message>
        <source>remove a trustor user</source>
        <translation>retirer un de nos utilisateurs d’une organisation</translation>
    </message>
</context>
<context>
    <name>OrgDataLoader</name>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Permission catalog</source>
        <translation>Catalogue des permissions</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Trustees</source>
        <translation>Trustees</translation>
    </message>
    <message>
        <source>Trustors</source>
        <translation>Trustors</translation>
    </message>
    <message>
        <source>Trustee users</source>
        <translation>Utilisateurs trustee</translation>
    </message>
    <message>
        <source>Trustor users</source>
        <translation>Utilisateurs trustor</translation>
    </message>
    <message>
        <source>Not permitted</source>
        <translation>Non autorisé</translation>
    </message>
</context>
<context>
    <name>OrgDiff</name>
    <message numerus="yes">
        <source>Roles added (%n):</source>
        <translation>
            <numerusform>Rôle ajouté (%n) :</numerusform>
            <numerusform>Rôles ajoutés (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roles removed (%n):</source>
        <translation>
            <numerusform>Rôle supprimé (%n) :</numerusform>
            <numerusform>Rôles supprimés (%n) :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roles changed (%n):</source>
        <translation>
            <numerusform>Rôle modifié (%n) :</numerusform>
            <numerusform>Rôles modifiés (%n) :</numerusform>
        </translation>
    </message>
    <message>
        <source>(condition)</source>
        <translation>(condition)</translation>
    </message>
    <message numerus="yes">
        <source>The snapshots have the same roles (%n).</source>
        <translation>
            <numerusform>Les instantanés ont les mêmes rôles (%n).</numerusform>
            <numerusform>Les instantanés ont les mêmes rôles (%n).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed, %4 the same.</source>
        <translation>%1 ajoutés, %2 supprimés, %3 modifiés, %4 identiques.</translation>
    </message>
</context>
<context>
    <name>OrgSession</name>
    <message>
        <source>Loading the users of the organization</source>
        <translation>Chargement des utilisateurs de l’organisation</translation>
    </message>
    <message>
        <source>Loading the organization</source>
        <translation>Chargement de l’organisation</translation>
    </message>
</context>
<context>
    <name>PairingBook</name>
    <message>
        <source>the remembered pairings</source>
        <translation>les jumelages mémorisés</translation>
    </message>
    <message>
        <source>%1 does not hold pairings RoleDesk can read.</source>
        <translation>%1 ne contient pas de jumelages lisibles par RoleDesk.</translation>
    </message>
</context>
<context>
    <name>PairingLookup</name>
    <message>
        <source>Paste the pairing id the other organization sent.</source>
        <translation>Collez l&apos;identifiant de jumelage envoyé par l&apos;autre organisation.</translation>
    </message>
    <message>
        <source>This pairing was made by this organization: accept it while connected to the organization it asks access to.</source>
        <translation>Ce jumelage a été créé par cette organisation : acceptez-le connecté à l&apos;organisation à laquelle il demande l&apos;accès.</translation>
    </message>
    <message>
        <source>No pairing has the id %1: check the id the other organization sent.</source>
        <translation>Aucun jumelage n&apos;a l&apos;identifiant %1 : vérifiez l&apos;identifiant envoyé par l&apos;autre organisation.</translation>
    </message>
    <message>
        <source>The pairing %1 has expired: ask the other organization for a new one. (%2)</source>
        <translation>Le jumelage %1 a expiré : demandez-en un nouveau à l&apos;autre organisation. (%2)</translation>
    </message>
</context>
<context>
    <name>PairingRequest</name>
    <message>
        <source>Choose at least one of this organization&apos;s users for the pairing.</source>
        <translation>Choisissez au moins un utilisateur de cette organisation pour le jumelage.</translation>
    </message>
    <message>
        <source>Remembering the pairing</source>
        <translation>Mémorisation du jumelage</translation>
    </message>
</context>
<context>
    <name>PermissionCatalogModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Division aware</source>
        <translation>Liée aux divisions</translation>
    </message>
</context>
<context>
    <name>PermissionTreeModel</name>
    <message>
        <source>Granted by the wildcard policy %1</source>
        <translation>Accordée par la stratégie générique %1</translation>
    </message>
    <message>
        <source>Granted only when %1</source>
        <translation>Accordée seulement si %1</translation>
    </message>
    <message>
        <source>This role</source>
        <translation>Ce rôle</translation>
    </message>
    <message>
        <source>Wildcard %1</source>
        <translation>Générique %1</translation>
    </message>
    <message>
        <source>This role, with a condition</source>
        <translation>Ce rôle, avec une condition</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Accordée par</translation>
    </message>
</context>
<context>
    <name>PlatformClient</name>
    <message>
        <source>&quot;%1&quot; is not a Genesys Cloud region.</source>
        <translation>« %1 » n’est pas une région Genesys Cloud.</translation>
    </message>
    <message>
        <source>Set PURECLOUD_CLIENT_ID and PURECLOUD_SECRET (the OAuth client credentials) to connect.</source>
        <translation>Définissez PURECLOUD_CLIENT_ID et PURECLOUD_SECRET (les identifiants OAuth) pour vous connecter.</translation>
    </message>
    <message>
        <source>Choose at least one default role to restore.</source>
        <translation>Choisissez au moins un rôle par défaut à restaurer.</translation>
    </message>
    <message>
        <source>Say whether the new trust is enabled.</source>
        <translation>Indiquez si la nouvelle relation de confiance est activée.</translation>
    </message>
    <message>
        <source>Say whether the trust is enabled.</source>
        <translation>Indiquez si la relation de confiance est activée.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 private.</source>
        <translation>Impossible de rendre le dossier %1 privé.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2): %3</source>
        <translation>Impossible d&apos;écrire %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2): %3</source>
        <translation>Impossible de lire %1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 is too large to be %2: it holds %3, and at most %4 are read.</source>
        <translation>%1 est trop volumineux pour être %2 : il fait %3, et %4 au plus sont lus.</translation>
    </message>
</context>
<context>
    <name>RequestDispatcher</name>
    <message>
        <source>The secure connection to %1 failed: %2. Check the region and the system&apos;s certificates.</source>
        <translation>La connexion sécurisée à %1 a échoué : %2. Vérifiez la région et les certificats du système.</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <translation>Connexion à %1 impossible : %2.</translation>
    </message>
    <message>
        <source>The connection was lost after the change was sent, so it may or may not have been applied. Reload before trying again.</source>
        <translation>La connexion a été perdue après l’envoi de la modification ; elle a peut-être été appliquée, peut-être pas. Rechargez avant de réessayer.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds (tried %2 times).</source>
        <translation>Le serveur n’a pas répondu en %1 secondes (%2 tentatives).</translation>
    </message>
    <message>
        <source>The connection to the server was lost (tried %1 times): %2</source>
        <translation>La connexion au serveur a été perdue (%1 tentatives) : %2</translation>
    </message>
    <message>
        <source>unreadable answer</source>
        <translation>réponse illisible</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read (%1).</source>
        <translation>La réponse du serveur est illisible (%1).</translation>
    </message>
    <message>
        <source>The change was applied, but the server&apos;s answer could not be read (%1). Reload to see the result.</source>
        <translation>La modification a été appliquée, mais la réponse du serveur est illisible (%1). Rechargez pour voir le résultat.</translation>
    </message>
    <message>
        <source>server error %1</source>
        <translation>erreur serveur %1</translation>
    </message>
    <message>
        <source>The server answered %1 with no details.</source>
        <translation>Le serveur a répondu %1 sans détails.</translation>
    </message>
    <message>
        <source>The server answered %1 with something other than an API error: %2</source>
        <translation>Le serveur a répondu %1 avec autre chose qu’une erreur d’API : %2</translation>
    </message>
    <message>
        <source>The change may not have been applied; reload before trying again.</source>
        <translation>La modification n’a peut-être pas été appliquée ; rechargez avant de réessayer.</translation>
    </message>
    <message>
        <source>No client credentials are set for this connection.</source>
        <translation>Aucun identifiant client n’est défini pour cette connexion.</translation>
    </message>
    <message>
        <source>The login service could not be reached: %1</source>
        <translation>Le service de connexion est injoignable : %1</translation>
    </message>
    <message>
        <source>Login was refused (HTTP %1): %2</source>
        <translation>La connexion a été refusée (HTTP %1) : %2</translation>
    </message>
    <message>
        <source>check the client id and secret</source>
        <translation>vérifiez l’identifiant et le secret client</translation>
    </message>
    <message>
        <source>The server is busy and asks to wait %1 before the next request; RoleDesk does not wait longer than %2. Try again later.</source>
        <translation>Le serveur est surchargé et demande d’attendre %1 avant la prochaine requête ; RoleDesk n’attend pas plus de %2. Réessayez plus tard.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out: sign in again to continue.</source>
        <translation>Déconnecté : reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>You are not allowed to do this: %1</source>
        <translation>Vous n’avez pas le droit de faire cela : %1</translation>
    </message>
    <message>
        <source>You are not allowed to %1: %2</source>
        <translation>Vous n’avez pas le droit de %1 : %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>You need %1 for this.</source>
        <translation>Il vous faut %1 pour cela.</translation>
    </message>
    <message>
        <source>You need %1 to %2.</source>
        <translation>Il vous faut %1 pour %2.</translation>
    </message>
</context>
<context>
    <name>RequestPairingDialog</name>
    <message>
        <source>&amp;Copy id</source>
        <translation>C&amp;opier l&apos;identifiant</translation>
    </message>
    <message>
        <source>Request access to another organization</source>
        <translation>Demander l&apos;accès à une autre organisation</translation>
    </message>
    <message>
        <source>Choose the users of this organization who need access. RoleDesk makes a pairing; send its id to the other organization&apos;s admin, who accepts it there and chooses their roles.</source>
        <translation>Choisissez les utilisateurs de cette organisation qui ont besoin d&apos;accès. RoleDesk crée un jumelage ; envoyez son identifiant à l&apos;administrateur de l&apos;autre organisation, qui l&apos;accepte là-bas et choisit leurs rôles.</translation>
    </message>
    <message>
        <source>Pairing id:</source>
        <translation>Identifiant de jumelage :</translation>
    </message>
    <message>
        <source>&amp;Make pairing</source>
        <translation>Créer le &amp;jumelage</translation>
    </message>
    <message>
        <source>Cl&amp;ose</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Only roles that need an update</source>
        <translation>Seulement les rôles à mettre à jour</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Reset every default role</source>
        <translation>Réinitialiser tous les rôles par défaut</translation>
    </message>
    <message>
        <source>Restore default roles</source>
        <translation>Restaurer les rôles par défaut</translation>
    </message>
    <message>
        <source>Every default role of %1 goes back to its shipped definition: whatever was added to one is removed, whatever was removed is granted again. Custom roles stay as they are. Review the preview, then type the organization&apos;s name.</source>
        <translation>Chaque rôle par défaut de %1 revient à sa définition d&apos;origine : ce qui a été ajouté est retiré, ce qui a été retiré est de nouveau accordé. Les rôles personnalisés restent tels quels. Vérifiez l&apos;aperçu, puis saisissez le nom de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Check the default roles to restore, then Preview: nothing is written before you confirm. To undo only some differences instead, use &quot;Take back checked&quot; in a comparison with the default.</source>
        <translation>Cochez les rôles par défaut à restaurer, puis Aperçu : rien n&apos;est écrit avant votre confirmation. Pour n&apos;annuler que certaines différences, utilisez « Annuler les éléments cochés » dans une comparaison avec le rôle par défaut.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Held by</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Default roles</source>
        <translation>Rôles par défaut</translation>
    </message>
    <message>
        <source>Organization name, to confirm</source>
        <translation>Nom de l&apos;organisation, pour confirmer</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm:</source>
        <translation>Saisissez « %1 » pour confirmer :</translation>
    </message>
    <message>
        <source>%1 (needs update)</source>
        <translation>%1 (à mettre à jour)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n role(s) with their defaults…</source>
        <translation>
            <numerusform>Comparaison de %n rôle avec son rôle par défaut…</numerusform>
            <numerusform>Comparaison de %n rôles avec leurs rôles par défaut…</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>L&apos;aperçu a échoué : %1</translation>
    </message>
    <message>
        <source>Previewing the restore</source>
        <translation>Aperçu de la restauration</translation>
    </message>
    <message>
        <source>Cannot preview: %1</source>
        <translation>Aperçu impossible : %1</translation>
    </message>
    <message>
        <source>Will be removed (%1)</source>
        <translation>Sera retiré (%1)</translation>
    </message>
    <message>
        <source>Will be granted again (%1)</source>
        <translation>Sera de nouveau accordé (%1)</translation>
    </message>
    <message>
        <source>Condition will be reset (%1)</source>
        <translation>La condition sera réinitialisée (%1)</translation>
    </message>
    <message>
        <source>Name goes back to &quot;%1&quot;</source>
        <translation>Le nom redevient « %1 »</translation>
    </message>
    <message>
        <source>Description goes back to the default&apos;s</source>
        <translation>La description redevient celle du rôle par défaut</translation>
    </message>
    <message>
        <source>Also held by trustee users: %1</source>
        <translation>Attribué aussi à des utilisateurs de confiance : %1</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The server&apos;s comparison disagrees on %n permission(s).</source>
        <translation>
            <numerusform>⚠ La comparaison du serveur diffère sur %n permission.</numerusform>
            <numerusform>⚠ La comparaison du serveur diffère sur %n permissions.</numerusform>
        </translation>
    </message>
    <message>
        <source>already its default</source>
        <translation>déjà identique au rôle par défaut</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n changement</numerusform>
            <numerusform>%n changements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the roles will change. Nothing has been written yet.</source>
        <translation>
            <numerusform>%n des rôles changera. Rien n&apos;a encore été écrit.</numerusform>
            <numerusform>%n des rôles changeront. Rien n&apos;a encore été écrit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset %n role(s)</source>
        <translation>
            <numerusform>Réinitialiser %n rôle</numerusform>
            <numerusform>Réinitialiser %n rôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n role(s)</source>
        <translation>
            <numerusform>Restaurer %n rôle</numerusform>
            <numerusform>Restaurer %n rôles</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview the checked roles first</source>
        <translation>Affichez d&apos;abord l&apos;aperçu des rôles cochés</translation>
    </message>
    <message>
        <source>Type the organization&apos;s name to confirm</source>
        <translation>Saisissez le nom de l&apos;organisation pour confirmer</translation>
    </message>
    <message>
        <source>Saving the roles as they are, then restoring…</source>
        <translation>Sauvegarde des rôles tels quels, puis restauration…</translation>
    </message>
    <message>
        <source>✓ restored</source>
        <translation>✓ restauré</translation>
    </message>
    <message>
        <source>not in the server&apos;s answer</source>
        <translation>absent de la réponse du serveur</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n default role(s). Undo a restore (in Compare) puts them back.</source>
        <translation>
            <numerusform>%n rôle par défaut restauré. « Annuler une restauration » (dans Comparer) le remet.</numerusform>
            <numerusform>%n rôles par défaut restaurés. « Annuler une restauration » (dans Comparer) les remet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore point: %1</source>
        <translation>Point de restauration : %1</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n&apos;a été restauré : %1</translation>
    </message>
    <message>
        <source>Restoring default roles</source>
        <translation>Restauration des rôles par défaut</translation>
    </message>
    <message numerus="yes">
        <source>%n trustee user(s)</source>
        <translation>
            <numerusform>%n utilisateur de confiance</numerusform>
            <numerusform>%n utilisateurs de confiance</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer was lost, so the change may have been applied. Reload (F5) to see the roles as they are now; any restore point written stays in Undo a restore.</source>
        <translation>La réponse a été perdue : la modification a peut-être été appliquée. Rechargez (F5) pour voir les rôles tels qu&apos;ils sont ; tout point de restauration écrit reste dans « Annuler une restauration ».</translation>
    </message>
</context>
<context>
    <name>RestorePoint</name>
    <message>
        <source>%1 is not a restore point RoleDesk can read.</source>
        <translation>%1 n&apos;est pas un point de restauration lisible par RoleDesk.</translation>
    </message>
    <message>
        <source>%1 holds a role RoleDesk cannot read.</source>
        <translation>%1 contient un rôle que RoleDesk ne peut pas lire.</translation>
    </message>
    <message>
        <source>the restore point</source>
        <translation>le point de restauration</translation>
    </message>
    <message>
        <source>a restore point</source>
        <translation>un point de restauration</translation>
    </message>
</context>
<context>
    <name>RestoreUndo</name>
    <message>
        <source>This restore point belongs to %1, not to the organization you are connected to.</source>
        <translation>Ce point de restauration appartient à %1, pas à l&apos;organisation connectée.</translation>
    </message>
</context>
<context>
    <name>RoleChecklist</name>
    <message>
        <source>Filter roles</source>
        <translation>Filtrer les rôles</translation>
    </message>
    <message>
        <source>Roles here</source>
        <translation>Rôles ici</translation>
    </message>
</context>
<context>
    <name>RoleDeletion</name>
    <message>
        <source>Master Admin cannot be deleted: every organization keeps it, so that someone can always administer the organization.</source>
        <translation>Master Admin ne peut pas être supprimé : chaque organisation le garde, afin que quelqu’un puisse toujours l’administrer.</translation>
    </message>
</context>
<context>
    <name>RoleDiff</name>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 comparé à %2</translation>
    </message>
    <message>
        <source>+ granted only by %1, - granted only by %2, ~ condition differs</source>
        <translation>+ accordée seulement par %1, - accordée seulement par %2, ~ condition différente</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation>%1 : « %2 » -&gt; « %3 »</translation>
    </message>
    <message>
        <source>(%1: %2; %3: %4)</source>
        <translation>(%1 : %2 ; %3 : %4)</translation>
    </message>
    <message>
        <source>no condition</source>
        <translation>aucune condition</translation>
    </message>
    <message>
        <source>if %1</source>
        <translation>si %1</translation>
    </message>
    <message>
        <source>+ permissions[] %1</source>
        <translation>+ permissions[] %1</translation>
    </message>
    <message>
        <source>- permissions[] %1</source>
        <translation>- permissions[] %1</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
</context>
<context>
    <name>RoleDraft</name>
    <message>
        <source>Rename to &quot;%1&quot;</source>
        <translation>Renommer en &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Modifier la description</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n permission</numerusform>
            <numerusform>%n permissions</numerusform>
        </translation>
    </message>
    <message>
        <source>Grant %1</source>
        <translation>Accorder %1</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Set the condition of %1</source>
        <translation>Définir la condition de %1</translation>
    </message>
    <message>
        <source>Remove the condition of %1</source>
        <translation>Supprimer la condition de %1</translation>
    </message>
    <message numerus="yes">
        <source>Take back %n default(s)</source>
        <translation>
            <numerusform>Rétablir %n valeur par défaut</numerusform>
            <numerusform>Rétablir %n valeurs par défaut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s) of %1</source>
        <translation>
            <numerusform>%n permission de %1</numerusform>
            <numerusform>%n permissions de %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleEditSession</name>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>The draft could not be kept on disk: %1</source>
        <translation>Le brouillon n’a pas pu être conservé sur le disque : %1</translation>
    </message>
    <message>
        <source>The role “%1” no longer exists; its recovered draft opens as a new role.</source>
        <translation>Le rôle « %1 » n’existe plus ; son brouillon restauré s’ouvre comme nouveau rôle.</translation>
    </message>
    <message>
        <source>Recovered unsaved changes</source>
        <translation>Modifications non enregistrées restaurées</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saved the role “%1”.</source>
        <translation>Rôle « %1 » enregistré.</translation>
    </message>
    <message>
        <source>Loaded the server&apos;s version of “%1”.</source>
        <translation>Version du serveur de « %1 » chargée.</translation>
    </message>
    <message>
        <source>Apply mine on top of theirs</source>
        <translation>Appliquer les miennes par-dessus les leurs</translation>
    </message>
</context>
<context>
    <name>RoleEditor</name>
    <message>
        <source>Assigned only</source>
        <translation>Attribuées seulement</translation>
    </message>
    <message>
        <source>Edit condition…</source>
        <translation>Modifier la condition…</translation>
    </message>
    <message>
        <source>Select a role to see and edit its permissions, or create one with New role.</source>
        <translation>Sélectionnez un rôle pour voir et modifier ses permissions, ou créez-en un avec « Nouveau rôle ».</translation>
    </message>
    <message>
        <source>Role name</source>
        <translation>Nom du rôle</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Description du rôle</translation>
    </message>
    <message>
        <source>What this role is for</source>
        <translation>À quoi sert ce rôle</translation>
    </message>
    <message>
        <source>Filter permissions, e.g. &quot;queue edit&quot;</source>
        <translation>Filtrer les permissions, p. ex. &quot;queue edit&quot;</translation>
    </message>
    <message>
        <source>Filter the role&apos;s permissions</source>
        <translation>Filtrer les permissions du rôle</translation>
    </message>
    <message>
        <source>Show only the permissions this role grants</source>
        <translation>N’afficher que les permissions accordées par ce rôle</translation>
    </message>
    <message>
        <source>Permissions of the role</source>
        <translation>Permissions du rôle</translation>
    </message>
    <message>
        <source>JSON that Save sends</source>
        <translation>JSON envoyé à l’enregistrement</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Permissions</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Untitled role</source>
        <translation>Rôle sans nom</translation>
    </message>
    <message>
        <source>%1 — new, not saved yet</source>
        <translation>%1 — nouveau, pas encore enregistré</translation>
    </message>
    <message>
        <source>%1 — unsaved changes</source>
        <translation>%1 — modifications non enregistrées</translation>
    </message>
    <message>
        <source>Policy %1: %2</source>
        <translation>Stratégie %1 : %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>this role grants nothing yet; clear Assigned only to add permissions</source>
        <translation>ce rôle n’accorde encore rien ; décochez « Attribuées seulement » pour ajouter des permissions</translation>
    </message>
    <message>
        <source>nothing matches the filter</source>
        <translation>rien ne correspond au filtre</translation>
    </message>
    <message>
        <source>Select a permission to see its condition.</source>
        <translation>Sélectionnez une permission pour voir sa condition.</translation>
    </message>
    <message>
        <source>%1 is not granted.</source>
        <translation>%1 n’est pas accordée.</translation>
    </message>
    <message>
        <source>Granted by policy %1 (%2) when: %3</source>
        <translation>Accordée par la stratégie %1 (%2) si : %3</translation>
    </message>
    <message>
        <source>Granted by policy %1 (%2), without a condition.</source>
        <translation>Accordée par la stratégie %1 (%2), sans condition.</translation>
    </message>
    <message>
        <source>A wildcard policy cannot have a condition.</source>
        <translation>Une stratégie générique ne peut pas avoir de condition.</translation>
    </message>
    <message>
        <source>Not every action of this policy allows conditions.</source>
        <translation>Toutes les actions de cette stratégie n’acceptent pas de condition.</translation>
    </message>
    <message>
        <source>Read-only: a snapshot, or you may not edit roles</source>
        <translation>Lecture seule : un instantané, ou vous ne pouvez pas modifier les rôles</translation>
    </message>
    <message numerus="yes">
        <source>Grants %1 of the catalog&apos;s %n permission(s), wildcards expanded</source>
        <translation>
            <numerusform>Accorde %1 des %n permission du catalogue, jokers développés</numerusform>
            <numerusform>Accorde %1 des %n permissions du catalogue, jokers développés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleListPanel</name>
    <message>
        <source>Filter roles by name or description</source>
        <translation>Filtrer les rôles par nom ou description</translation>
    </message>
    <message>
        <source>Filter roles</source>
        <translation>Filtrer les rôles</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <source>Custom roles</source>
        <translation>Rôles personnalisés</translation>
    </message>
    <message>
        <source>Default roles</source>
        <translation>Rôles par défaut</translation>
    </message>
    <message>
        <source>Needing an update</source>
        <translation>À mettre à jour</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Grants permission… e.g. routing:queue:edit</source>
        <translation>Accorde la permission… p. ex. routing:queue:edit</translation>
    </message>
    <message>
        <source>Roles that grant a permission</source>
        <translation>Rôles qui accordent une permission</translation>
    </message>
    <message>
        <source>Only roles whose policies grant this permission, wildcards included. A complete domain:entity:action is also asked of the server.</source>
        <translation>Seulement les rôles dont les stratégies accordent cette permission, génériques compris. Un domain:entity:action complet est aussi demandé au serveur.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Asking the server for roles that grant %1</source>
        <translation>Demande au serveur des rôles qui accordent %1</translation>
    </message>
    <message numerus="yes">
        <source>%n role(s)</source>
        <translation>
            <numerusform>%n rôle</numerusform>
            <numerusform>%n rôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n role(s)</source>
        <translation>
            <numerusform>%1 sur %n rôle</numerusform>
            <numerusform>%1 sur %n rôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server lists %n role(s) granting %1</source>
        <translation>
            <numerusform>le serveur liste %n rôle accordant %1</numerusform>
            <numerusform>le serveur liste %n rôles accordant %1</numerusform>
        </translation>
    </message>
    <message>
        <source>type a whole permission, domain:entity:action; the field completes it</source>
        <translation>saisissez une permission entière, domaine:entité:action ; le champ la complète</translation>
    </message>
    <message>
        <source>%1 is not in the catalog: only a wildcard grants it</source>
        <translation>%1 n’est pas dans le catalogue : seul un joker l’accorde</translation>
    </message>
</context>
<context>
    <name>RoleMatrixModel</name>
    <message>
        <source>if %1</source>
        <translation>si %1</translation>
    </message>
    <message>
        <source>%1 does not grant %2</source>
        <translation>%1 n&apos;accorde pas %2</translation>
    </message>
    <message>
        <source>%1 grants %2 %3</source>
        <translation>%1 accorde %2 %3</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
</context>
<context>
    <name>RoleMerge</name>
    <message>
        <source>You both renamed the role.</source>
        <translation>Vous avez tous deux renommé le rôle.</translation>
    </message>
    <message>
        <source>You both changed the description.</source>
        <translation>Vous avez tous deux modifié la description.</translation>
    </message>
    <message>
        <source>Your edits change a condition (%1): save yours over theirs, or load theirs and edit again.</source>
        <translation>Vos modifications changent une condition (%1) : enregistrez les vôtres par-dessus les leurs, ou chargez les leurs et modifiez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>You both changed %n permission(s): %1</source>
        <translation>
            <numerusform>Vous avez tous deux modifié %n permission : %1</numerusform>
            <numerusform>Vous avez tous deux modifié %n permissions : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The two edits cannot be combined safely (%1).</source>
        <translation>Les deux modifications ne peuvent pas être combinées sans risque (%1).</translation>
    </message>
</context>
<context>
    <name>RoleTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Based on %1</source>
        <translation>Basé sur %1</translation>
    </message>
    <message>
        <source>Needs update</source>
        <translation>À mettre à jour</translation>
    </message>
    <message>
        <source>The default this role comes from has changed since it was last restored.</source>
        <translation>Le rôle par défaut dont ce rôle provient a changé depuis sa dernière restauration.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Rôle par défaut</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>%1 (unsaved)</source>
        <translation>%1 (non enregistré)</translation>
    </message>
    <message>
        <source>This role has unsaved changes in the editor.</source>
        <translation>Ce rôle a des modifications non enregistrées dans l’éditeur.</translation>
    </message>
    <message>
        <source>Permission strings the role lists: a wildcard such as routing:*:* counts once. The editor counts the concrete permissions they grant.</source>
        <translation>Entrées de permission listées par le rôle : un joker comme routing:*:* compte une fois. L’éditeur compte les permissions concrètes qu’elles accordent.</translation>
    </message>
    <message>
        <source>Permission strings</source>
        <translation>Entrées</translation>
    </message>
</context>
<context>
    <name>RoleUsersPanel</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove from role</source>
        <translation>Retirer du rôle</translation>
    </message>
    <message>
        <source>Roles of this user…</source>
        <translation>Rôles de cet utilisateur…</translation>
    </message>
    <message>
        <source>Add a user: type a name or an email</source>
        <translation>Ajouter un utilisateur : tapez un nom ou un e-mail</translation>
    </message>
    <message>
        <source>Find a user to add</source>
        <translation>Trouver un utilisateur à ajouter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Users who hold the role</source>
        <translation>Utilisateurs qui ont ce rôle</translation>
    </message>
    <message>
        <source>Save the role first to assign users.</source>
        <translation>Enregistrez d’abord le rôle pour attribuer des utilisateurs.</translation>
    </message>
    <message>
        <source>Offline: users are not available.</source>
        <translation>Hors ligne : les utilisateurs ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message>
        <source>The users could not be loaded.</source>
        <translation>Les utilisateurs n’ont pas pu être chargés.</translation>
    </message>
    <message>
        <source>Loading the users of the role</source>
        <translation>Chargement des utilisateurs du rôle</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) hold this role</source>
        <translation>
            <numerusform>%n utilisateur a ce rôle</numerusform>
            <numerusform>%n utilisateurs ont ce rôle</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a name or an email first.</source>
        <translation>Tapez d’abord un nom ou un e-mail.</translation>
    </message>
    <message>
        <source>No single user matches &quot;%1&quot;; pick one from the list.</source>
        <translation>Aucun utilisateur unique ne correspond à &quot;%1&quot; ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>%1 already holds this role.</source>
        <translation>%1 a déjà ce rôle.</translation>
    </message>
    <message>
        <source>Adding %1 to the role</source>
        <translation>Ajout de %1 au rôle</translation>
    </message>
    <message>
        <source>Remove users</source>
        <translation>Retirer des utilisateurs</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n user(s) from this role?

%1</source>
        <translation>
            <numerusform>Retirer %n utilisateur de ce rôle ?

%1</numerusform>
            <numerusform>Retirer %n utilisateurs de ce rôle ?

%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing users from the role</source>
        <translation>Retrait d’utilisateurs du rôle</translation>
    </message>
</context>
<context>
    <name>RoleValidation</name>
    <message>
        <source>A role needs a name.</source>
        <translation>Un rôle a besoin d’un nom.</translation>
    </message>
    <message>
        <source>Another role is already named &quot;%1&quot;.</source>
        <translation>Un autre rôle s’appelle déjà &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Edit history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Copy role</source>
        <translation>Copier le rôle</translation>
    </message>
    <message>
        <source>A new role with the name &quot;Copy of …&quot; and all policies of the selected role</source>
        <translation>Un nouveau rôle nommé &quot;Copie de …&quot; avec toutes les stratégies du rôle sélectionné</translation>
    </message>
    <message>
        <source>Delete role…</source>
        <translation>Supprimer le rôle…</translation>
    </message>
    <message>
        <source>Save role</source>
        <translation>Enregistrer le rôle</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Save the role (Ctrl+Return)</source>
        <translation>Enregistrer le rôle (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>Filter the role&apos;s permissions</source>
        <translation>Filtrer les permissions du rôle</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Untitled role</source>
        <translation>Rôle sans nom</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The role “%1” has unsaved changes.</source>
        <translation>Le rôle « %1 » a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them before you go on?</source>
        <translation>Les enregistrer avant de continuer ?</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <source>Delete the role “%1”?</source>
        <translation>Supprimer le rôle « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) hold this role and will lose its permissions.</source>
        <translation>
            <numerusform>%n utilisateur a ce rôle et perdra ses permissions.</numerusform>
            <numerusform>%n utilisateurs ont ce rôle et perdront ses permissions.</numerusform>
        </translation>
    </message>
    <message>
        <source>No user holds this role.</source>
        <translation>Aucun utilisateur n’a ce rôle.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Deleted the role “%1”.</source>
        <translation>Rôle « %1 » supprimé.</translation>
    </message>
    <message>
        <source>Deleting the role “%1”</source>
        <translation>Suppression du rôle « %1 »</translation>
    </message>
    <message>
        <source>Saving the role “%1”</source>
        <translation>Enregistrement du rôle « %1 »</translation>
    </message>
    <message>
        <source>Not saved: the role changed on the server.</source>
        <translation>Non enregistré : le rôle a changé sur le serveur.</translation>
    </message>
    <message>
        <source>User&apos;s roles…</source>
        <translation>Rôles d’un utilisateur…</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>See and set the roles of any user (Ctrl+U)</source>
        <translation>Voir et définir les rôles de n’importe quel utilisateur (Ctrl+U)</translation>
    </message>
    <message>
        <source>Loading the users of the organization…</source>
        <translation>Chargement des utilisateurs de l’organisation…</translation>
    </message>
    <message>
        <source>User&apos;s roles</source>
        <translation>Rôles d’un utilisateur</translation>
    </message>
    <message>
        <source>User (type a name or an email):</source>
        <translation>Utilisateur (tapez un nom ou un e-mail) :</translation>
    </message>
    <message>
        <source>No single user matches &quot;%1&quot;.</source>
        <translation>Aucun utilisateur unique ne correspond à &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reading the role before deleting it</source>
        <translation>Lecture du rôle avant sa suppression</translation>
    </message>
    <message>
        <source>This default role has an update: its shipped definition changed. Compare it with its default to see what differs.</source>
        <translation>Ce rôle par défaut a une mise à jour : sa définition d&apos;origine a changé. Comparez-le avec son rôle par défaut pour voir ce qui diffère.</translation>
    </message>
    <message>
        <source>Compare with default</source>
        <translation>Comparer avec le rôle par défaut</translation>
    </message>
    <message>
        <source>Mark as up to date</source>
        <translation>Marquer comme à jour</translation>
    </message>
    <message>
        <source>Clear the &quot;needs update&quot; flag without changing the role</source>
        <translation>Effacer l&apos;indicateur « à mettre à jour » sans modifier le rôle</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Compare the open role with its default, unsaved edits included (Ctrl+D)</source>
        <translation>Comparer le rôle ouvert avec son rôle par défaut, modifications non enregistrées comprises (Ctrl+D)</translation>
    </message>
    <message numerus="yes">
        <source>Took back %n difference(s) from the default in the draft of %1; save it to apply.</source>
        <translation>
            <numerusform>%n différence avec le rôle par défaut annulée dans le brouillon de %1 ; enregistrez pour l&apos;appliquer.</numerusform>
            <numerusform>%n différences avec le rôle par défaut annulées dans le brouillon de %1 ; enregistrez pour les appliquer.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is marked as up to date.</source>
        <translation>%1 est marqué comme à jour.</translation>
    </message>
    <message>
        <source>Marking %1 as up to date</source>
        <translation>Marquage de %1 comme à jour</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Sur le serveur maintenant</translation>
    </message>
    <message>
        <source>As you saved it</source>
        <translation>Telle que vous l’avez enregistrée</translation>
    </message>
    <message>
        <source>Changed right after your save</source>
        <translation>Modifié juste après votre enregistrement</translation>
    </message>
    <message>
        <source>Your changes to “%1” were saved, but the role was changed again right after, by someone else or by another tool.</source>
        <translation>Vos modifications de « %1 » ont été enregistrées, mais le rôle a été modifié de nouveau juste après, par quelqu’un d’autre ou par un autre outil.</translation>
    </message>
    <message>
        <source>RoleDesk now shows the role as it is on the server. “Show Details…” lists what was changed after your save.</source>
        <translation>RoleDesk affiche maintenant le rôle tel qu’il est sur le serveur. « Afficher les détails… » indique ce qui a changé après votre enregistrement.</translation>
    </message>
    <message>
        <source>Undo the last change to the role (Ctrl+Z)</source>
        <translation>Annuler la dernière modification du rôle (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Show every change since the role was opened (Ctrl+H)</source>
        <translation>Afficher chaque modification depuis l’ouverture du rôle (Ctrl+H)</translation>
    </message>
    <message>
        <source>Discard changes: go back to the role as it is saved</source>
        <translation>Abandonner les modifications : revenir au rôle enregistré</translation>
    </message>
    <message>
        <source>Select the role to copy first.</source>
        <translation>Sélectionnez d’abord le rôle à copier.</translation>
    </message>
    <message>
        <source>Who can do this?</source>
        <translation>Qui peut faire cela ?</translation>
    </message>
    <message>
        <source>The roles that grant this permission and the people who hold them</source>
        <translation>Les rôles qui accordent cette permission et les personnes qui les ont</translation>
    </message>
</context>
<context>
    <name>SearchIndexModel</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>Trustee</source>
        <translation>Trustee</translation>
    </message>
    <message>
        <source>Trustor</source>
        <translation>Trustor</translation>
    </message>
    <message numerus="yes">
        <source>%n trustee user(s)</source>
        <translation>
            <numerusform>%n utilisateur trustee</numerusform>
            <numerusform>%n utilisateurs trustee</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of our users</source>
        <translation>
            <numerusform>%n de nos utilisateurs</numerusform>
            <numerusform>%n de nos utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>kind · name</comment>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SessionAccess</name>
    <message>
        <source>Reading who is signed in</source>
        <translation>Lecture de la personne connectée</translation>
    </message>
    <message>
        <source>Reading your permissions</source>
        <translation>Lecture de vos permissions</translation>
    </message>
</context>
<context>
    <name>SignInBanner</name>
    <message>
        <source>Sign in…</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>Open the sign-in page in your browser</source>
        <translation>Ouvrir la page de connexion dans votre navigateur</translation>
    </message>
    <message>
        <source>Sign in with your account to load the organization. The sign-in page opens in your browser.</source>
        <translation>Connectez-vous avec votre compte pour charger l’organisation. La page de connexion s’ouvre dans votre navigateur.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. What RoleDesk was doing waits, and nothing is lost: sign in again to go on.</source>
        <translation>Votre connexion a expiré. Ce que RoleDesk faisait attend, rien n’est perdu : reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. RoleDesk goes on as soon as you have.</source>
        <translation>Terminez la connexion dans votre navigateur. RoleDesk reprend dès que c’est fait.</translation>
    </message>
    <message>
        <source>Signing in did not work: %1</source>
        <translation>La connexion a échoué : %1</translation>
    </message>
    <message>
        <source>You are signed out. Sign in to work with the organization again.</source>
        <translation>Vous êtes déconnecté. Connectez-vous pour travailler à nouveau avec l’organisation.</translation>
    </message>
    <message>
        <source>Open the page again…</source>
        <translation>Rouvrir la page…</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
</context>
<context>
    <name>SnapshotFile</name>
    <message>
        <source>The snapshot is damaged at %1%2: %3</source>
        <translation>L’instantané est endommagé en %1%2 : %3</translation>
    </message>
    <message>
        <source>This is not a RoleDesk snapshot: it is not a JSON object (%1).</source>
        <translation>Ce n’est pas un instantané RoleDesk : ce n’est pas un objet JSON (%1).</translation>
    </message>
    <message>
        <source>This is not a RoleDesk snapshot.</source>
        <translation>Ce n’est pas un instantané RoleDesk.</translation>
    </message>
    <message>
        <source>This snapshot has format version %1; this RoleDesk reads version %2.</source>
        <translation>Cet instantané est au format %1 ; ce RoleDesk lit la version %2.</translation>
    </message>
    <message>
        <source>The snapshot&apos;s organization is damaged: %1</source>
        <translation>L’organisation de l’instantané est endommagée : %1</translation>
    </message>
    <message>
        <source>A trustee in the snapshot is damaged: %1</source>
        <translation>Un trustee de l’instantané est endommagé : %1</translation>
    </message>
    <message>
        <source>A trustee user in the snapshot is damaged: %1</source>
        <translation>Un utilisateur trustee de l’instantané est endommagé : %1</translation>
    </message>
    <message>
        <source>A trustor in the snapshot is damaged: %1</source>
        <translation>Un trustor de l’instantané est endommagé : %1</translation>
    </message>
    <message>
        <source>the snapshot</source>
        <translation>l’instantané</translation>
    </message>
    <message>
        <source>a snapshot</source>
        <translation>un instantané</translation>
    </message>
</context>
<context>
    <name>TrustDialogs</name>
    <message>
        <source>E&amp;xpires on</source>
        <translation>E&amp;xpire le</translation>
    </message>
    <message>
        <source>Made %1 by %2 for %3.</source>
        <translation>Créé le %1 par %2 pour %3.</translation>
    </message>
</context>
<context>
    <name>TrustListModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>within the hour</source>
        <translation>dans l&apos;heure</translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>dans %n heure</numerusform>
            <numerusform>dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Its users can work in this organization with the roles given here.</source>
        <translation>Ses utilisateurs peuvent travailler dans cette organisation avec les rôles donnés ici.</translation>
    </message>
    <message>
        <source>Disabled: its users keep their roles here but cannot use them until the trust is enabled again.</source>
        <translation>Désactivée : ses utilisateurs gardent leurs rôles ici mais ne peuvent pas s&apos;en servir avant la réactivation.</translation>
    </message>
    <message>
        <source>This trust does not expire.</source>
        <translation>Cette relation de confiance n&apos;expire pas.</translation>
    </message>
    <message>
        <source>Trustee users, of at most %1 per trust.</source>
        <translation>Utilisateurs de l&apos;organisation de confiance, au plus %1 par relation.</translation>
    </message>
    <message>
        <source>The trust gives its users this organization&apos;s default role.</source>
        <translation>La relation donne à ses utilisateurs le rôle par défaut de cette organisation.</translation>
    </message>
    <message>
        <source>The trust gives its users full access to this organization.</source>
        <translation>La relation donne à ses utilisateurs un accès complet à cette organisation.</translation>
    </message>
    <message>
        <source>The trust&apos;s users are trusted users here.</source>
        <translation>Les utilisateurs de la relation sont ici des utilisateurs de confiance.</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activée</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n permission</numerusform>
            <numerusform>%n permissions</numerusform>
        </translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Access there</source>
        <translation>Accès là-bas</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Our users</source>
        <translation>Nos utilisateurs</translation>
    </message>
    <message>
        <source>Default role</source>
        <translation>Rôle par défaut</translation>
    </message>
    <message>
        <source>Full access</source>
        <translation>Accès complet</translation>
    </message>
    <message>
        <source>Trusted user</source>
        <translation>Utilisateur de confiance</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créée par</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
</context>
<context>
    <name>TrustMemberModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Added by %1</source>
        <translation>Ajouté par %1</translation>
    </message>
    <message>
        <source>given by their admin there</source>
        <translation>donnés par leur administrateur là-bas</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Roles here</source>
        <translation>Rôles ici</translation>
    </message>
    <message>
        <source>Roles there</source>
        <translation>Rôles là-bas</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
</context>
<context>
    <name>TrustPosture</name>
    <message numerus="yes">
        <source>%n expiring within 7 days</source>
        <translation>
            <numerusform>%n expire sous 7 jours</numerusform>
            <numerusform>%n expirent sous 7 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n expirée</numerusform>
            <numerusform>%n expirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disabled, users still hold roles</source>
        <translation>
            <numerusform>%n désactivée, des utilisateurs ont encore des rôles</numerusform>
            <numerusform>%n désactivées, des utilisateurs ont encore des rôles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) without a role here</source>
        <translation>
            <numerusform>%n utilisateur sans rôle ici</numerusform>
            <numerusform>%n utilisateurs sans rôle ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) who can edit roles or hold a * domain</source>
        <translation>
            <numerusform>%n utilisateur pouvant modifier les rôles ou avec un domaine *</numerusform>
            <numerusform>%n utilisateurs pouvant modifier les rôles ou avec un domaine *</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near the 25-user cap</source>
        <translation>
            <numerusform>%n proche de la limite de 25 utilisateurs</numerusform>
            <numerusform>%n proches de la limite de 25 utilisateurs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrusteeCreation</name>
    <message>
        <source>Paste the pairing id the other organization sent.</source>
        <translation>Collez l&apos;identifiant de jumelage envoyé par l&apos;autre organisation.</translation>
    </message>
    <message>
        <source>Choose at least one user to let in.</source>
        <translation>Choisissez au moins un utilisateur à laisser entrer.</translation>
    </message>
    <message>
        <source>A trust can hold at most %1 users; %2 are chosen.</source>
        <translation>Une relation de confiance compte au plus %1 utilisateurs ; %2 sont choisis.</translation>
    </message>
    <message>
        <source>Reading the new trust&apos;s users</source>
        <translation>Lecture des utilisateurs de la nouvelle relation</translation>
    </message>
    <message>
        <source>This pairing was already used to create a trust; ask the other organization for a new one. (%1)</source>
        <translation>Ce jumelage a déjà servi à créer une relation de confiance ; demandez-en un nouveau à l&apos;autre organisation. (%1)</translation>
    </message>
    <message>
        <source>No pairing has the id %1: check the id the other organization sent.</source>
        <translation>Aucun jumelage n&apos;a l&apos;identifiant %1 : vérifiez l&apos;identifiant envoyé par l&apos;autre organisation.</translation>
    </message>
</context>
<context>
    <name>TrusteeSettingsDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Activée</translation>
    </message>
    <message>
        <source>While the trust is disabled its users cannot work here, but they keep their roles: enabling it again gives them back the same access.</source>
        <translation>Tant que la relation est désactivée, ses utilisateurs ne peuvent pas travailler ici, mais gardent leurs rôles : la réactiver leur rend le même accès.</translation>
    </message>
    <message>
        <source>Trust with %1</source>
        <translation>Relation de confiance avec %1</translation>
    </message>
    <message>
        <source>What %1&apos;s users may do here stays as it is.</source>
        <translation>Ce que les utilisateurs de %1 peuvent faire ici reste inchangé.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
</context>
<context>
    <name>TrusteeUpdate</name>
    <message>
        <source>The expiry must be in the future; clear it for a trust that does not expire.</source>
        <translation>L&apos;expiration doit être dans le futur ; effacez-la pour une relation de confiance sans expiration.</translation>
    </message>
</context>
<context>
    <name>TrusteeUserAddition</name>
    <message>
        <source>Choose the user to add, or paste their id.</source>
        <translation>Choisissez l&apos;utilisateur à ajouter, ou collez son identifiant.</translation>
    </message>
    <message>
        <source>%1 is already a user of this trust: change their roles instead.</source>
        <translation>%1 est déjà utilisateur de cette relation : modifiez plutôt ses rôles.</translation>
    </message>
    <message>
        <source>%1 already has %2 of %2 users, the most a trust can hold: remove one first.</source>
        <translation>%1 a déjà %2 utilisateurs sur %2, le maximum : retirez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>Reading the new trustee user</source>
        <translation>Lecture du nouvel utilisateur de l&apos;organisation de confiance</translation>
    </message>
</context>
<context>
    <name>TrusteeUserChange</name>
    <message>
        <source>Choose at least one role, or remove all roles instead.</source>
        <translation>Choisissez au moins un rôle, ou retirez plutôt tous les rôles.</translation>
    </message>
</context>
<context>
    <name>TrusteeUserDialog</name>
    <message>
        <source>Add a user of %1</source>
        <translation>Ajouter un utilisateur de %1</translation>
    </message>
    <message>
        <source>A requested user, or paste a user id</source>
        <translation>Un utilisateur demandé, ou collez un identifiant</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>The trust has %1 of at most %2 users.</source>
        <translation>La relation compte %1 utilisateurs sur %2 au plus.</translation>
    </message>
    <message>
        <source>Roles of %1 here</source>
        <translation>Rôles de %1 ici</translation>
    </message>
    <message>
        <source>What %1 of %2 may do in this organization:</source>
        <translation>Ce que %1 de %2 peut faire dans cette organisation :</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Save roles</source>
        <translation>&amp;Enregistrer les rôles</translation>
    </message>
    <message>
        <source>Choose at least one role for the new user.</source>
        <translation>Choisissez au moins un rôle pour le nouvel utilisateur.</translation>
    </message>
</context>
<context>
    <name>TrustorUserChange</name>
    <message>
        <source>Choose one of this organization&apos;s users.</source>
        <translation>Choisissez un utilisateur de cette organisation.</translation>
    </message>
    <message>
        <source>%1 is already a user in %2.</source>
        <translation>%1 est déjà utilisateur dans %2.</translation>
    </message>
</context>
<context>
    <name>TrustorUserDialog</name>
    <message>
        <source>Add one of our users to %1</source>
        <translation>Ajouter l&apos;un de nos utilisateurs à %1</translation>
    </message>
    <message>
        <source>The user can then sign in to %1, but %1&apos;s admin must still give them roles there.</source>
        <translation>L&apos;utilisateur peut alors se connecter à %1, mais l&apos;administrateur de %1 doit encore lui donner des rôles là-bas.</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Choose one of this organization&apos;s users.</source>
        <translation>Choisissez un utilisateur de cette organisation.</translation>
    </message>
</context>
<context>
    <name>TrustsPage</name>
    <message>
        <source>Trustees</source>
        <translation>Trustees</translation>
    </message>
    <message>
        <source>Trustors</source>
        <translation>Trustors</translation>
    </message>
    <message>
        <source>Access to &amp;this organization</source>
        <translation>Accès à ce&amp;tte organisation</translation>
    </message>
    <message>
        <source>Organi&amp;zations that trust this one</source>
        <translation>Organisations qui font confiance à celle-&amp;ci</translation>
    </message>
    <message>
        <source>&amp;Pairings</source>
        <translation>&amp;Jumelages</translation>
    </message>
    <message>
        <source>Aud&amp;its</source>
        <translation>Aud&amp;its</translation>
    </message>
    <message>
        <source>Show the matching rows</source>
        <translation>Afficher les lignes correspondantes</translation>
    </message>
    <message>
        <source>Trust posture:</source>
        <translation>État des relations de confiance :</translation>
    </message>
    <message>
        <source>Trustee users</source>
        <translation>Utilisateurs de l&apos;organisation de confiance</translation>
    </message>
    <message>
        <source>Organizations whose users may work in this one, and what each of those users may do here.</source>
        <translation>Les organisations dont les utilisateurs peuvent travailler dans celle-ci, et ce que chacun d&apos;eux peut y faire.</translation>
    </message>
    <message>
        <source>&amp;Accept a pairing…</source>
        <translation>&amp;Accepter un jumelage…</translation>
    </message>
    <message>
        <source>Let another organization in: paste the pairing id its admin sent you.</source>
        <translation>Laisser entrer une autre organisation : collez l&apos;identifiant de jumelage que son administrateur vous a envoyé.</translation>
    </message>
    <message>
        <source>Enable, disable or &amp;expire…</source>
        <translation>Activer, désactiver ou faire e&amp;xpirer…</translation>
    </message>
    <message>
        <source>&amp;Delete trust…</source>
        <translation>&amp;Supprimer la relation…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>Read the trust and its users again.</source>
        <translation>Relire la relation et ses utilisateurs.</translation>
    </message>
    <message>
        <source>Add &amp;user…</source>
        <translation>Ajouter un &amp;utilisateur…</translation>
    </message>
    <message>
        <source>Remove all roles…</source>
        <translation>Retirer tous les rôles…</translation>
    </message>
    <message>
        <source>Remove user…</source>
        <translation>Retirer l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>No organization has access to this one. To let one in, ask its admin for a pairing id and accept it here.</source>
        <translation>Aucune organisation n&apos;a accès à celle-ci. Pour en laisser entrer une, demandez un identifiant de jumelage à son administrateur et acceptez-le ici.</translation>
    </message>
    <message>
        <source>Our users there</source>
        <translation>Nos utilisateurs là-bas</translation>
    </message>
    <message>
        <source>Organizations that let this one in. Their admins decide what our users may do there; here you choose which of our users go.</source>
        <translation>Les organisations qui laissent entrer celle-ci. Leurs administrateurs décident de ce que nos utilisateurs peuvent y faire ; ici, vous choisissez lesquels de nos utilisateurs y vont.</translation>
    </message>
    <message>
        <source>&amp;Leave trust…</source>
        <translation>&amp;Quitter la relation…</translation>
    </message>
    <message>
        <source>Add one of our users…</source>
        <translation>Ajouter l&apos;un de nos utilisateurs…</translation>
    </message>
    <message>
        <source>No organization gives this one access. Ask one for access under Pairings.</source>
        <translation>Aucune organisation ne donne accès à celle-ci. Demandez l&apos;accès sous Jumelages.</translation>
    </message>
    <message>
        <source>Pairing id</source>
        <translation>Identifiant de jumelage</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Pairings this organization asked for</source>
        <translation>Jumelages demandés par cette organisation</translation>
    </message>
    <message>
        <source>To work in another organization, ask it for access: RoleDesk makes a pairing naming some of our users; its admin accepts the pairing id there. Pairings made here are remembered until you forget them.</source>
        <translation>Pour travailler dans une autre organisation, demandez-lui l&apos;accès : RoleDesk crée un jumelage nommant certains de nos utilisateurs ; son administrateur accepte l&apos;identifiant là-bas. Les jumelages créés ici sont mémorisés jusqu&apos;à ce que vous les oubliiez.</translation>
    </message>
    <message>
        <source>&amp;Copy id</source>
        <translation>C&amp;opier l&apos;identifiant</translation>
    </message>
    <message>
        <source>&amp;Look up again</source>
        <translation>Rechercher à &amp;nouveau</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Ou&amp;blier</translation>
    </message>
    <message>
        <source>No pairing made here is remembered for this organization.</source>
        <translation>Aucun jumelage créé ici n&apos;est mémorisé pour cette organisation.</translation>
    </message>
    <message>
        <source>Read-only: this is a snapshot, or there is no connection.</source>
        <translation>Lecture seule : c&apos;est un instantané, ou il n&apos;y a pas de connexion.</translation>
    </message>
    <message>
        <source>The trust already has %1 users, the most it can hold.</source>
        <translation>La relation compte déjà %1 utilisateurs, le maximum.</translation>
    </message>
    <message>
        <source>Users of %1 — %2 / %3</source>
        <translation>Utilisateurs de %1 — %2 / %3</translation>
    </message>
    <message>
        <source>Choose an organization to see its users here.</source>
        <translation>Choisissez une organisation pour voir ici ses utilisateurs.</translation>
    </message>
    <message>
        <source>Our users in %1</source>
        <translation>Nos utilisateurs dans %1</translation>
    </message>
    <message>
        <source>Choose an organization to see our users there.</source>
        <translation>Choisissez une organisation pour voir nos utilisateurs là-bas.</translation>
    </message>
    <message>
        <source>Showing: %1 · &lt;a href=&quot;all&quot;&gt;show all&lt;/a&gt;</source>
        <translation>Affiché : %1 · &lt;a href=&quot;all&quot;&gt;tout afficher&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Remembering the accepted pairing</source>
        <translation>Mémorisation du jumelage accepté</translation>
    </message>
    <message>
        <source>%1 now has access to this organization.</source>
        <translation>%1 a maintenant accès à cette organisation.</translation>
    </message>
    <message>
        <source>The trust with %1 is enabled.</source>
        <translation>La relation avec %1 est activée.</translation>
    </message>
    <message>
        <source>The trust with %1 is disabled; its users keep their roles.</source>
        <translation>La relation avec %1 est désactivée ; ses utilisateurs gardent leurs rôles.</translation>
    </message>
    <message>
        <source>Delete the trust</source>
        <translation>Supprimer la relation de confiance</translation>
    </message>
    <message>
        <source>Delete the trust with %1? Its users lose all access to this organization.</source>
        <translation>Supprimer la relation avec %1 ? Ses utilisateurs perdent tout accès à cette organisation.</translation>
    </message>
    <message>
        <source>The trust has no users.</source>
        <translation>La relation n&apos;a aucun utilisateur.</translation>
    </message>
    <message numerus="yes">
        <source>These %n user(s) lose access: %1.</source>
        <translation>
            <numerusform>Cet utilisateur (%n) perd l&apos;accès : %1.</numerusform>
            <numerusform>Ces %n utilisateurs perdent l&apos;accès : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete trust</source>
        <translation>Supprimer la relation</translation>
    </message>
    <message>
        <source>Deleting the trust with %1</source>
        <translation>Suppression de la relation avec %1</translation>
    </message>
    <message>
        <source>The trust with %1 is deleted.</source>
        <translation>La relation avec %1 est supprimée.</translation>
    </message>
    <message>
        <source>Reading the trust again</source>
        <translation>Relecture de la relation</translation>
    </message>
    <message>
        <source>The trust is up to date.</source>
        <translation>La relation est à jour.</translation>
    </message>
    <message>
        <source>The user is added to the trust.</source>
        <translation>L&apos;utilisateur est ajouté à la relation.</translation>
    </message>
    <message>
        <source>The roles are saved.</source>
        <translation>Les rôles sont enregistrés.</translation>
    </message>
    <message>
        <source>Remove all roles</source>
        <translation>Retirer tous les rôles</translation>
    </message>
    <message>
        <source>Remove every role %1 of %2 has here?</source>
        <translation>Retirer tous les rôles que %1 de %2 a ici ?</translation>
    </message>
    <message>
        <source>They stay a user of the trust, but can do nothing in this organization until they are given roles again.</source>
        <translation>Il reste utilisateur de la relation, mais ne peut rien faire dans cette organisation tant qu&apos;on ne lui redonne pas de rôles.</translation>
    </message>
    <message>
        <source>Removing the roles of %1</source>
        <translation>Retrait des rôles de %1</translation>
    </message>
    <message>
        <source>%1 has no role here now.</source>
        <translation>%1 n&apos;a plus de rôle ici.</translation>
    </message>
    <message>
        <source>Remove the user</source>
        <translation>Retirer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Remove %1 from the trust with %2?</source>
        <translation>Retirer %1 de la relation avec %2 ?</translation>
    </message>
    <message>
        <source>%1 loses all access to this organization; the other users keep theirs.</source>
        <translation>%1 perd tout accès à cette organisation ; les autres utilisateurs gardent le leur.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Retirer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Removing %1 from the trust</source>
        <translation>Retrait de %1 de la relation</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 est retiré.</translation>
    </message>
    <message>
        <source>The user is added; the other organization&apos;s admin must still give them roles there.</source>
        <translation>L&apos;utilisateur est ajouté ; l&apos;administrateur de l&apos;autre organisation doit encore lui donner des rôles là-bas.</translation>
    </message>
    <message>
        <source>Remove our user</source>
        <translation>Retirer notre utilisateur</translation>
    </message>
    <message>
        <source>Remove %1 from %2?</source>
        <translation>Retirer %1 de %2 ?</translation>
    </message>
    <message>
        <source>%1 can no longer work in %2.</source>
        <translation>%1 ne pourra plus travailler dans %2.</translation>
    </message>
    <message>
        <source>Removing %1 from %2</source>
        <translation>Retrait de %1 de %2</translation>
    </message>
    <message>
        <source>Leave the trust</source>
        <translation>Quitter la relation de confiance</translation>
    </message>
    <message>
        <source>Leave the trust %1 gave this organization?</source>
        <translation>Quitter la relation que %1 a accordée à cette organisation ?</translation>
    </message>
    <message>
        <source>None of our users is there.</source>
        <translation>Aucun de nos utilisateurs n&apos;y est.</translation>
    </message>
    <message numerus="yes">
        <source>These %n user(s) of ours lose access to %1: %2.</source>
        <translation>
            <numerusform>Notre utilisateur (%n) perd l&apos;accès à %1 : %2.</numerusform>
            <numerusform>Nos %n utilisateurs perdent l&apos;accès à %1 : %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave trust</source>
        <translation>Quitter la relation</translation>
    </message>
    <message>
        <source>Leaving the trust with %1</source>
        <translation>Départ de la relation avec %1</translation>
    </message>
    <message>
        <source>This organization no longer works in %1.</source>
        <translation>Cette organisation ne travaille plus dans %1.</translation>
    </message>
    <message>
        <source>Reading the remembered pairings</source>
        <translation>Lecture des jumelages mémorisés</translation>
    </message>
    <message>
        <source>Pairing %1 made: send its id to the other organization&apos;s admin.</source>
        <translation>Jumelage %1 créé : envoyez son identifiant à l&apos;administrateur de l&apos;autre organisation.</translation>
    </message>
    <message>
        <source>Looking up pairing %1</source>
        <translation>Recherche du jumelage %1</translation>
    </message>
    <message>
        <source>Forgetting the pairing</source>
        <translation>Oubli du jumelage</translation>
    </message>
    <message>
        <source>Pairing %1 is still valid. %2</source>
        <translation>Le jumelage %1 est toujours valide. %2</translation>
    </message>
    <message>
        <source>Read this user again</source>
        <translation>Relire cet utilisateur</translation>
    </message>
    <message>
        <source>Refres&amp;h</source>
        <translation>Actualis&amp;er</translation>
    </message>
    <message>
        <source>Reading the user again</source>
        <translation>Relecture de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The user is up to date.</source>
        <translation>L&apos;utilisateur est à jour.</translation>
    </message>
    <message>
        <source>Reading the roles of trustee users</source>
        <translation>Lecture des rôles des utilisateurs de confiance</translation>
    </message>
    <message>
        <source>Chan&amp;ge roles…</source>
        <translation>&amp;Modifier les rôles…</translation>
    </message>
    <message>
        <source>Re&amp;quest access to another organization…</source>
        <translation>&amp;Demander l&apos;accès à une autre organisation…</translation>
    </message>
</context>
<context>
    <name>UndoRestoreDialog</name>
    <message>
        <source>Put back</source>
        <translation>Remettre</translation>
    </message>
    <message>
        <source>Undo a restore</source>
        <translation>Annuler une restauration</translation>
    </message>
    <message>
        <source>Before each restore, RoleDesk saved the roles it changed. Putting a restore point back replaces those roles with the saved copies; later edits to them are lost.</source>
        <translation>Avant chaque restauration, RoleDesk a sauvegardé les rôles modifiés. Remettre un point de restauration remplace ces rôles par les copies sauvegardées ; leurs modifications ultérieures sont perdues.</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Points de restauration</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>There is no restore point for %1 yet.</source>
        <translation>Il n&apos;y a pas encore de point de restauration pour %1.</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n role(s)</source>
        <translation>
            <numerusform>Remettre %n rôle</numerusform>
            <numerusform>Remettre %n rôles</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace these roles with their copies from %1?</source>
        <translation>Remplacer ces rôles par leurs copies du %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Putting %n role(s) back…</source>
        <translation>
            <numerusform>Remise de %n rôle…</numerusform>
            <numerusform>Remise de %n rôles…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n role(s).</source>
        <translation>
            <numerusform>%n rôle remis.</numerusform>
            <numerusform>%n rôles remis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put back %1 of %2 roles. Not put back: %3</source>
        <translation>%1 rôles sur %2 remis. Non remis : %3</translation>
    </message>
    <message>
        <source>Nothing was put back: %1</source>
        <translation>Rien n&apos;a été remis : %1</translation>
    </message>
    <message>
        <source>Undoing a restore</source>
        <translation>Annulation d&apos;une restauration</translation>
    </message>
</context>
<context>
    <name>UserChecklist</name>
    <message>
        <source>Filter by name or email</source>
        <translation>Filtrer par nom ou e-mail</translation>
    </message>
    <message>
        <source>This organization&apos;s users</source>
        <translation>Utilisateurs de cette organisation</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>inactive</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>name (inactive)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>UserRolesDialog</name>
    <message>
        <source>Loading the user&apos;s roles…</source>
        <translation>Chargement des rôles de l’utilisateur…</translation>
    </message>
    <message>
        <source>Remove all roles…</source>
        <translation>Retirer tous les rôles…</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rôles de %1</translation>
    </message>
    <message>
        <source>Roles of the user</source>
        <translation>Rôles de l’utilisateur</translation>
    </message>
    <message>
        <source>Check the roles %1 should hold:</source>
        <translation>Cochez les rôles que %1 doit avoir :</translation>
    </message>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>Les rôles n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>Loading the roles of %1</source>
        <translation>Chargement des rôles de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n role(s).</source>
        <translation>
            <numerusform>%1 a %n rôle.</numerusform>
            <numerusform>%1 a %n rôles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove roles</source>
        <translation>Retirer des rôles</translation>
    </message>
    <message numerus="yes">
        <source>%1 will lose %n role(s):

%2</source>
        <translation>
            <numerusform>%1 perdra %n rôle :

%2</numerusform>
            <numerusform>%1 perdra %n rôles :

%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved. %1 holds %n role(s).</source>
        <translation>
            <numerusform>Enregistré. %1 a %n rôle.</numerusform>
            <numerusform>Enregistré. %1 a %n rôles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Setting the roles of %1</source>
        <translation>Définition des rôles de %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Non retiré : %1</translation>
    </message>
    <message>
        <source>Removing all roles of %1</source>
        <translation>Retrait de tous les rôles de %1</translation>
    </message>
</context>
</TS>
