<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../models/cli/CommandLine.cpp" line="70"/>
        <source>milink: unknown command &quot;%1&quot;. Run &quot;milink --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/CommandLine.cpp" line="78"/>
        <source>Usage: milink [--screenshot FILE]
       milink COMMAND [options]

Sets up, operates and scripts the Azure SQL Managed Instance link.
Without a command, milink opens the link wizard.

Wizard options:
  --screenshot FILE  Save a PNG of the wizard window to FILE and exit.
  -h, --help         Show this help.
  -v, --version      Show the version.

Commands (each has its own --help):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/CommandLine.cpp" line="92"/>
        <source>
Exit codes: 0 success, 1 the command found problems or failed, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkValidator</name>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="59"/>
        <source>%1 is empty. Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="61"/>
        <source>%1 has %2 characters; SQL Server allows at most %3. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="66"/>
        <source>%1 contains a control character (such as a line break or tab). Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="69"/>
        <source>%1 starts or ends with a space, which is easy to get wrong in scripts. Remove the space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="77"/>
        <source>The certificate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="81"/>
        <source>The certificate name contains a backslash, which SQL Server does not accept in certificate names used by the link. Replace it, for example with an underscore (Cert_HOST_INSTANCE_endpoint).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="90"/>
        <source>The link name is empty. Enter a name such as DAG_Sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="92"/>
        <source>The link name has %1 characters; Azure allows at most %2. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="98"/>
        <source>The link name &quot;%1&quot; is not accepted by Azure: it must start with a letter, _ or #, and contain only letters, digits, _, @, # and $ (no spaces, dots or hyphens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="107"/>
        <source>The database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="111"/>
        <source>%1 is a system database; the link replicates user databases only. Choose a user database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="120"/>
        <source>The managed instance name is empty. Enter the name shown in the Azure portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="122"/>
        <source>The managed instance name has %1 characters; Azure allows at most 63.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="126"/>
        <source>The managed instance name &quot;%1&quot; is not valid: use lowercase letters, digits and single hyphens, not at the start or end. Enter the name only, not the full host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="136"/>
        <source>The resource group is empty. Enter the resource group of the managed instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="139"/>
        <source>The resource group name has %1 characters; Azure allows at most 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="144"/>
        <source>The resource group name &quot;%1&quot; is not valid: use letters, digits, underscores, hyphens, periods and parentheses, and do not end with a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="153"/>
        <source>The subscription ID is empty. Enter the subscription&apos;s GUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="157"/>
        <source>The subscription ID &quot;%1&quot; is not a GUID such as 00000000-0000-0000-0000-000000000000. Copy it from the Azure portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="168"/>
        <source>The SQL Server instance name has %1 characters; SQL Server allows at most 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="173"/>
        <source>The SQL Server instance name &quot;%1&quot; is not valid: use letters, digits, _, $ and #. Enter only the instance part of HOST\INSTANCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="182"/>
        <source>%1 %2 is not a TCP port; use a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="189"/>
        <source>%1 is empty. Enter a host name or an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="193"/>
        <source>%1 &quot;%2&quot; contains a backslash: enter the host only and the instance name in its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="197"/>
        <source>%1 &quot;%2&quot; contains a colon: enter the port in its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="203"/>
        <source>%1 &quot;%2&quot; is neither an IP address nor a valid host name (letters, digits and hyphens between dots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="208"/>
        <source>%1 is longer than the 253 characters a host name may have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="214"/>
        <source>The managed instance host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="219"/>
        <source>%1 must be the fully qualified name Azure reports, such as sqlmi1.0123456789ab.database.windows.net: SQL Server only trusts the managed instance&apos;s certificate under exactly that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="230"/>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="233"/>
        <source>%1 is a loopback or wildcard address; the managed instance must reach SQL Server at an address of its network. Enter that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="244"/>
        <source>The certificate expiry date %1 is not in the future; an expired certificate breaks the link. Choose a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="255"/>
        <source>The SQL Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="256"/>
        <source>The SQL Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="260"/>
        <source>The SQL Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="263"/>
        <source>The login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="266"/>
        <source>Encryption is optional, so the SQL Server login and the commands milink sends may cross the network in clear. Use mandatory encryption unless the server cannot offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="271"/>
        <source>The SQL Server&apos;s TLS certificate will be trusted without validation. Install a certificate the client trusts when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="277"/>
        <source>The cloud is empty. Choose AzureCloud, AzureUSGovernment, AzureChinaCloud or a custom cloud profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="290"/>
        <source>The host name %1 does not start with the managed instance name %2. Check that both name the same instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="296"/>
        <source>The endpoint name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="298"/>
        <source>The endpoint port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="301"/>
        <source>The mirroring endpoint port %1 is the same as the SQL Server port. Use a separate port such as 5022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="306"/>
        <source>Port %1 lies in 11000–11999, the range the managed instance uses for redirected connections; firewalls between the two sides often treat it specially. Prefer 5022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="312"/>
        <source>The address the managed instance uses to reach SQL Server is empty. Enter SQL Server&apos;s IP address or host name as seen from the managed instance&apos;s network (or the AG listener IP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="320"/>
        <source>The endpoint address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="334"/>
        <source>No database is selected. Choose at least one database to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="345"/>
        <source>The name &quot;%1&quot; is already used at %2. Each link needs its own link and availability group names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="363"/>
        <source>The database %1 is listed twice (also at %2). Remove one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="372"/>
        <source>The SQL Server availability group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="376"/>
        <source>The managed instance availability group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="383"/>
        <source>The availability group names on SQL Server and on the managed instance are both &quot;%1&quot;; Azure requires them to differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="34"/>
        <source>Project files never hold passwords, keys or tokens. Remove this member; milink asks for secrets when it connects and can keep them in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="39"/>
        <source>Unknown member, ignored. Check its spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="59"/>
        <source>This member is missing. Add it as a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="64"/>
        <source>Expected a string (text in double quotes), found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="78"/>
        <source>Expected a whole number, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="82"/>
        <source>%1 is outside the allowed range %2–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="97"/>
        <source>Expected true or false, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="113"/>
        <source>Expected one of %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="127"/>
        <source>This section is missing. Add it as an object { … }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="132"/>
        <source>Expected an object { … }, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="142"/>
        <source>This list is missing. Add it as an array [ … ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="147"/>
        <source>Expected an array [ … ], found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="166"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="167"/>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="168"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="169"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="170"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="171"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="174"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="225"/>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="250"/>
        <source>&quot;%1&quot; is not a SQL Server build number such as 16.0.4125.3 (SERVERPROPERTY(&apos;ProductVersion&apos;)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="288"/>
        <source>Expected an object with the database&apos;s name and link names, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="343"/>
        <source>The file is not valid JSON: %1 at line %2, column %3. Fix the file in a text editor or save the project again from milink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="352"/>
        <source>The file holds JSON but not a milink project (expected an object at the top level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="361"/>
        <source>This is not a milink project: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="369"/>
        <source>The schema version is missing or not a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="376"/>
        <source>The project was written by a newer milink (schema version %1; this milink %2 reads up to %3). Open it with that newer milink, or update milink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="467"/>
        <source>Cannot open the project file %1: %2. Check the path and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="478"/>
        <source>The file %1 is %2 MiB, far larger than any milink project. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="491"/>
        <source>Cannot write the project file %1: %2. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="496"/>
        <source>Saving %1 failed: %2. The previous version of the file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValidateCommand</name>
    <message>
        <location filename="../models/cli/ValidateCommand.cpp" line="14"/>
        <source>Check a project file and the link it defines, without connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ValidateCommand.cpp" line="21"/>
        <source>The .milink project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ValidateCommand.cpp" line="23"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ValidateCommand.cpp" line="34"/>
        <source>milink validate: give exactly one project file, for example &quot;milink validate sales.milink&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ValidateCommand.cpp" line="55"/>
        <source>%1: %2 error(s), %3 warning(s). Fix the errors and run milink validate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ValidateCommand.cpp" line="62"/>
        <source>%1: valid (%2 warning(s)).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="56"/>
        <source>Save a PNG of the wizard window and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="73"/>
        <source>milink: cannot write the screenshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::IntroductionPage</name>
    <message>
        <location filename="../wizard/pages/IntroductionPage.cpp" line="12"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/IntroductionPage.cpp" line="13"/>
        <source>Replicate SQL Server databases to Azure SQL Managed Instance (or back) through a distributed availability group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/pages/IntroductionPage.cpp" line="20"/>
        <source>&lt;p&gt;This wizard creates a &lt;b&gt;Managed Instance link&lt;/b&gt; for each database you choose. It checks both servers first and changes nothing until you press &lt;i&gt;Finish&lt;/i&gt; on the summary. At any point you can export the same steps as scripts to review and run later; a setup that stops half-way can be resumed.&lt;/p&gt;&lt;p&gt;The wizard will:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;check SQL Server, the databases and the managed instance against the link&apos;s requirements;&lt;/li&gt;&lt;li&gt;create or reuse the database master key, the certificates and the trust between SQL Server and the managed instance;&lt;/li&gt;&lt;li&gt;create or adjust the database mirroring endpoint;&lt;/li&gt;&lt;li&gt;create an availability group and a distributed availability group per database;&lt;/li&gt;&lt;li&gt;create the link in Azure and follow the connection and the initial seeding.&lt;/li&gt;&lt;/ol&gt;&lt;h4&gt;Before you start&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Permissions&lt;/b&gt;: membership in &lt;i&gt;sysadmin&lt;/i&gt; on SQL Server; the &lt;i&gt;SQL Managed Instance Contributor&lt;/i&gt; role (or a custom role with the link permissions) on the managed instance.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Versions&lt;/b&gt;: SQL Server 2016 SP3 or 2017 CU31 with their Azure Connect packs, 2019 CU20, 2022 or 2025. SQL Server 2016–2019 fail over one way only; creating the link from the managed instance needs SQL Server 2022 CU10 or 2025 and a matching update policy on the managed instance.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQL Server&lt;/b&gt;: Always On availability groups enabled; each database in the FULL recovery model with at least one full backup.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Network&lt;/b&gt;: SQL Server reaches the managed instance&apos;s subnet on TCP 5022 and 11000–11999, and the managed instance reaches SQL Server&apos;s mirroring endpoint (TCP 5022 by default), over a private connection (VPN, ExpressRoute or peering).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::LinkWizard</name>
    <message>
        <location filename="../wizard/LinkWizard.cpp" line="12"/>
        <source>New Managed Instance link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
