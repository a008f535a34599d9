<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApplyCommand</name>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="201"/>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="205"/>
        <source>Error number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="212"/>
        <source>Execute an operation&apos;s steps headless, journaling them so that a run resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="225"/>
        <source>Passwords and secrets are read from the environment, never from arguments: %1 (SQL Server login), %2 (managed instance login, for plans with T-SQL there), MILINK_SECRET_&lt;Name&gt; (e.g. MILINK_SECRET_MasterKeyPassword; asked for without echo when missing and standard input is a terminal), %3 (Azure access token; otherwise the Azure CLI&apos;s sign-in is used).
The journal &lt;project&gt;.&lt;operation&gt;.journal.json is written next to the project; running the same command again resumes from it.
Exit codes: 0 every step done, 1 refused or a step failed or was cancelled, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="236"/>
        <source>The .milink project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="238"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="241"/>
        <source>Custom cloud file (docs/clouds.md) for a project whose cloud is not built in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="242"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="245"/>
        <source>Where to reach the managed instance&apos;s T-SQL endpoint (default: its FQDN, port 1433).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="246"/>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="249"/>
        <source>SQL login on the managed instance, for plans with T-SQL there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="249"/>
        <location filename="../models/cli/ApplyCommand.cpp" line="256"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="252"/>
        <source>TLS for the managed instance connection: mandatory (default), optional or strict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="253"/>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="256"/>
        <source>ODBC driver name (default: the project&apos;s, else the best installed one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="258"/>
        <source>Run only the next step, then stop (exit 0 when it is done).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="261"/>
        <source>Move the existing journal aside and start from the first step; every step still checks first whether it is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="265"/>
        <source>Also log connections, steps and Azure requests to standard error (milink.* logging; never passwords or tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="269"/>
        <source>Seconds between checks while a step waits (default: the plan&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="269"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="285"/>
        <source>Give exactly one project file, for example &quot;milink apply sales.milink --operation create-link&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="294"/>
        <source>--poll-seconds must be a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="303"/>
        <source>--managed-instance-address must be HOST:PORT, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="312"/>
        <source>--managed-instance-encryption must be mandatory, optional or strict, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="341"/>
        <source>%1: nothing was changed. Fix the errors above and run milink apply again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="354"/>
        <source>Set %1 to the password of the SQL Server login %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="359"/>
        <source>This plan runs T-SQL on the managed instance: add --managed-instance-login with a SQL login there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="362"/>
        <source>Set %1 to the password of the managed instance login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="367"/>
        <source>The project has no managed instance FQDN: add --managed-instance-address HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="380"/>
        <source>--cloud-profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="387"/>
        <source>The cloud file %1 does not describe the project&apos;s cloud &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="393"/>
        <source>The project uses the cloud &quot;%1&quot;, which is not built in: add --cloud-profile with the file that describes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="411"/>
        <source>Cannot move the journal %1 aside. Check the folder&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="416"/>
        <source>Moved the previous journal to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="422"/>
        <source>Run with --restart to move the journal aside and start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="457"/>
        <source>%1 (%2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="459"/>
        <source>milink apply: %1 is not set. A step that needs it will stop the run; set %2 (or run in a terminal to be asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="484"/>
        <source>Azure: %1 through %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="496"/>
        <source>Cannot connect to SQL Server %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="501"/>
        <location filename="../models/cli/ApplyCommand.cpp" line="521"/>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="517"/>
        <source>Cannot connect to the managed instance %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="538"/>
        <source>%1: %2, %3 steps. Journal: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="544"/>
        <source>Resuming from the journal: %1 of %2 steps were finished by an earlier run; continuing at step %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="559"/>
        <source>Step %1 done: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="562"/>
        <source>Step %1 skipped (already done): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="565"/>
        <source>Step %1 cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="568"/>
        <source>Step %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="605"/>
        <source>Run the same command again for the next step (without --step for all of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="615"/>
        <source>The connection to the server was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ApplyCommand.cpp" line="616"/>
        <source>Run the same command again to resume from the journal: finished steps are not repeated, and the stopped step checks first whether it is already done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../models/cli/CommandLine.cpp" line="74"/>
        <source>milink: unknown command &quot;%1&quot;. Run &quot;milink --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/CommandLine.cpp" line="82"/>
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
        <location filename="../models/cli/CommandLine.cpp" line="97"/>
        <source>
Exit codes: 0 success, 1 the command found problems or failed, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="18"/>
        <source>This file must never hold passwords, keys or tokens. Remove this member; milink asks for secrets when it connects and can keep them in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="22"/>
        <source>Unknown member, ignored. Check its spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="42"/>
        <source>This member is missing. Add it as a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="47"/>
        <source>Expected a string (text in double quotes), found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="60"/>
        <source>Expected a whole number, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="65"/>
        <source>%1 is outside the allowed range %2–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="80"/>
        <source>Expected true or false, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="90"/>
        <source>This section is missing. Add it as an object { … }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="95"/>
        <source>Expected an object { … }, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="105"/>
        <source>This list is missing. Add it as an array [ … ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="110"/>
        <source>Expected an array [ … ], found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="129"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="130"/>
        <source>true/false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="131"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="132"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="133"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="134"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="137"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/JsonObjectReader.cpp" line="144"/>
        <source>Expected one of %1, found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="111"/>
        <source>Expected an object with the database&apos;s name and link names, found %1.</source>
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
        <location filename="../models/link/LinkValidator.cpp" line="256"/>
        <source>The SQL Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="258"/>
        <source>The SQL Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="262"/>
        <source>The SQL Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="265"/>
        <source>The login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="268"/>
        <source>Encryption is optional, so the SQL Server login and the commands milink sends may cross the network in clear. Use mandatory encryption unless the server cannot offer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="273"/>
        <source>The SQL Server&apos;s TLS certificate will be trusted without validation. Install a certificate the client trusts when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="279"/>
        <source>The cloud is empty. Choose AzureCloud, AzureUSGovernment, AzureChinaCloud or a custom cloud profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="292"/>
        <source>The host name %1 does not start with the managed instance name %2. Check that both name the same instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="298"/>
        <source>The endpoint name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="300"/>
        <source>The endpoint port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="303"/>
        <source>The mirroring endpoint port %1 is the same as the SQL Server port. Use a separate port such as 5022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="308"/>
        <source>Port %1 lies in 11000–11999, the range the managed instance uses for redirected connections; firewalls between the two sides often treat it specially. Prefer 5022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="314"/>
        <source>The address the managed instance uses to reach SQL Server is empty. Enter SQL Server&apos;s IP address or host name as seen from the managed instance&apos;s network (or the AG listener IP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="322"/>
        <source>The endpoint address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="336"/>
        <source>No database is selected. Choose at least one database to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="348"/>
        <source>The name &quot;%1&quot; is already used at %2. Each link needs its own link and availability group names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="366"/>
        <source>The database %1 is listed twice (also at %2). Remove one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="375"/>
        <source>The SQL Server availability group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="378"/>
        <source>The managed instance availability group name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/LinkValidator.cpp" line="385"/>
        <source>The availability group names on SQL Server and on the managed instance are both &quot;%1&quot;; Azure requires them to differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationOptions</name>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="28"/>
        <source>The operation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="28"/>
        <source>op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="29"/>
        <source>Only this database (repeatable; default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="30"/>
        <location filename="../models/cli/OperationOptions.cpp" line="58"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="33"/>
        <source>create-link: take a full backup (never COPY_ONLY) of databases that have none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="36"/>
        <source>Directory on the SQL Server host for --full-backup, and for the log backup of repair-split-brain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="38"/>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="39"/>
        <source>set-replication-mode: async or sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="39"/>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="40"/>
        <source>failover: managed-instance (default) or sql-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="41"/>
        <location filename="../models/cli/OperationOptions.cpp" line="66"/>
        <source>side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="42"/>
        <source>failover: planned (default) or forced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="42"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="44"/>
        <source>failover: break the link after failing over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="47"/>
        <source>failover --type forced: confirm that unreplicated transactions may be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="49"/>
        <source>failover with link removal, delete-link: also drop the availability group on SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="53"/>
        <source>delete-link: also remove certificates, the trust certificate and the endpoint when no other link uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="57"/>
        <source>rotate-certificate: name of the new certificate (default: &lt;current&gt;_2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="61"/>
        <source>rotate-certificate: expiry date YYYY-MM-DD (default: one year after it runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="62"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="64"/>
        <source>repair-split-brain: the side whose changes are kept, managed-instance (default) or sql-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="68"/>
        <source>repair-split-brain --keep-primary sql-server: storage container URL for the managed instance&apos;s copy-only backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="70"/>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="79"/>
        <source>Operations: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="88"/>
        <source>Add --operation with one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="90"/>
        <source>Unknown operation &quot;%1&quot;. Use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="100"/>
        <source>--mode must be async or sync, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="107"/>
        <source>--to must be managed-instance or sql-server, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="116"/>
        <source>--type must be planned or forced, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="126"/>
        <source>--new-certificate-expiry must be a date like 2027-11-22, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/OperationOptions.cpp" line="134"/>
        <source>--keep-primary must be managed-instance or sql-server, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanBuilder</name>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="185"/>
        <source>Check that Always On availability groups are enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="186"/>
        <source>The link is a distributed availability group, so SQL Server must have the Always On availability groups feature enabled (SERVERPROPERTY(&apos;IsHadrEnabled&apos;) = 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="190"/>
        <source>Always On availability groups are not enabled on this SQL Server. Enable them in SQL Server Configuration Manager (Windows) or with mssql-conf set hadr.hadrenabled 1 (Linux), restart SQL Server and run this script again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="202"/>
        <source>Use the full recovery model for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="203"/>
        <source>The link replicates the transaction log, which needs the FULL recovery model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="222"/>
        <source>Take a full backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="223"/>
        <source>Seeding needs an unbroken log chain, which starts with a full backup. milink takes one only when none exists, WITH CHECKSUM and never COPY_ONLY (a copy-only backup does not start a chain; SQL Server error 1475 asks for this backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="239"/>
        <source>Directory on the SQL Server host for full backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="244"/>
        <source>Check that %1 has a full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="245"/>
        <source>Automatic seeding starts from the log chain of a full backup that is not COPY_ONLY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="249"/>
        <source>The database %1 has no full backup. Take one with BACKUP DATABASE … WITH CHECKSUM (not COPY_ONLY), or export the scripts again with --full-backup, and run this script again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="261"/>
        <source>Create the SQL Server endpoint certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="262"/>
        <source>The mirroring endpoint authenticates to the managed instance with this certificate; its private key is protected by the master key. When no expiry date is set, it expires one year after this statement runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="284"/>
        <source>The query prints the certificate&apos;s public key (0x…): pass it to the next Azure script as SqlCertificatePublicKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="288"/>
        <source>Public key of the SQL Server endpoint certificate (0x…), uploaded to the managed instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="297"/>
        <source>Upload the SQL Server certificate %1 to the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="298"/>
        <source>The managed instance trusts SQL Server&apos;s endpoint only with its public key stored as a server trust certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="321"/>
        <source>Create or adjust the database mirroring endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="322"/>
        <source>The managed instance connects to this endpoint on port %1. It must use certificate authentication with %2 and AES encryption. An existing endpoint is altered, keeping Windows authentication (WINDOWS NEGOTIATE CERTIFICATE) for availability groups that already use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="366"/>
        <source>The existing database mirroring endpoint listens on another port than %1. Set endpoint.port in the project to that port (SQL Server has one mirroring endpoint) and export the scripts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="372"/>
        <source>Afterwards, sys.database_mirroring_endpoints shows STARTED, encryption AES and the certificate. Allow inbound TCP %1 from the managed instance&apos;s subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="385"/>
        <source>Create the database master key in master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="386"/>
        <source>The master key protects the private key of the endpoint certificate. The password is a parameter and is never written into a script or a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="397"/>
        <source>MasterKeyPassword is empty. Pass the master key password as the sqlcmd variable MasterKeyPassword.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="401"/>
        <source>Keep the master key password in your password safe; SQL Server asks for it when master is restored elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="405"/>
        <source>Password of the database master key in master (secret; only needed when master has no master key yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="415"/>
        <source>Download the managed instance&apos;s endpoint certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="416"/>
        <source>SQL Server must trust the public key of the managed instance&apos;s DATABASE_MIRRORING endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="427"/>
        <source>The Azure CLI prints the key without 0x; the scripts accept it either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="430"/>
        <source>Public key of the managed instance&apos;s mirroring endpoint certificate (hex, with or without 0x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="437"/>
        <source>Trust the managed instance&apos;s certificate on SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="438"/>
        <source>Creates the certificate named exactly after the managed instance (%1) from its public key; SQL Server finds it by that name when the managed instance connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="457"/>
        <source>MiEndpointCertificate is not a hexadecimal public key. Pass the value the Azure script printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="471"/>
        <source>Trust the root certificate %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="472"/>
        <source>Imports the public root certificate %1 (%2) and registers it as an issuer for %3 with sp_certificate_add_issuer, so SQL Server accepts the managed instance&apos;s certificate chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="478"/>
        <source>The issuer pattern %1 for this cloud follows the cloud&apos;s SQL DNS suffix; Microsoft documents only *.database.windows.net, so this pattern and these roots are unconfirmed for this cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="508"/>
        <source>Wait until the managed instance is connected for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="509"/>
        <source>The link is usable once SQL Server sees the managed instance&apos;s replica of the distributed availability group as CONNECTED (usually within a minute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="528"/>
        <source>The managed instance did not connect to %1 within 10 minutes. Check the last_connect_error columns above, the network path to port %2 in both directions and the certificates (errors 41973/41974), then run this script again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="539"/>
        <source>Create the link (SQL Server initial primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="540"/>
        <source>Prepares SQL Server (recovery model, backups, master key, certificates, endpoint), exchanges certificates with the managed instance, creates one availability group and one distributed availability group per database, creates the link in Azure and waits for the connection and for seeding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="553"/>
        <source>Create the availability group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="554"/>
        <source>An availability group on SQL Server holding %1; the distributed availability group joins it to the managed instance. An existing group of that name is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="579"/>
        <location filename="../models/plan/PlanBuilder.cpp" line="733"/>
        <source>Create the distributed availability group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="580"/>
        <source>Joins %1 on SQL Server with %2 on the managed instance. It shows as disconnected until the link is created in Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="600"/>
        <location filename="../models/plan/PlanBuilder.cpp" line="753"/>
        <source>Create the link %1 in Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="601"/>
        <source>Creates the managed instance&apos;s side of the distributed availability group (instanceLinkRole Secondary); the managed instance then connects to SQL Server and seeding starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="636"/>
        <source>Wait until %1 is seeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="637"/>
        <source>Automatic seeding copies the database to the managed instance; the link replicates once the managed instance&apos;s copy is synchronizing. Large databases take hours; seeding restarts after an interruption and is cancelled after six days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="659"/>
        <source>Seeding of %1 did not finish in six days; the service cancels it then. Check the seeding progress above and the link&apos;s state in Azure, then delete and recreate the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="666"/>
        <source>Until seeding finishes, take no log backups of %1 on SQL Server (unless trace flag 12381 is on): a truncated log forces the seeding to start over (errors 1408/1412).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="673"/>
        <source>During seeding, take no transaction log backups on SQL Server unless trace flag 12381 is enabled; afterwards, schedule regular log backups again, or the log grows until replication stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="678"/>
        <source>The project asks for synchronous replication; the link is created asynchronous. After seeding, run the set-replication-mode operation with --mode sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="681"/>
        <source>Repeat the certificate steps before the SQL Server certificate expires (operation rotate-certificate); an expired certificate stops the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="688"/>
        <source>Create the link (managed instance initial primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="689"/>
        <source>Prepares SQL Server&apos;s certificates and endpoint, creates an empty availability group that may create the databases, a distributed availability group per database, and the link in Azure with the managed instance as primary; the managed instance then seeds each database to SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="700"/>
        <source>Create the availability group %1 without a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="702"/>
        <source>The database %1 arrives from the managed instance by seeding, so the group starts empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="724"/>
        <source>Let %1 create the seeded database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="725"/>
        <source>Automatic seeding creates the database on SQL Server only when the availability group may create databases. Granting twice is harmless, so this step always runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="734"/>
        <source>Joins %1 with %2 on the managed instance; the managed instance&apos;s listener URL names the database %3 it sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="754"/>
        <source>Creates the link with the managed instance as primary (instanceLinkRole Primary, failoverMode Manual); the managed instance then seeds %1 to SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="780"/>
        <source>A managed instance database encrypted with a service-managed key cannot replicate to SQL Server; use a customer-managed TDE key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="789"/>
        <source>Wait until %1 is seeded to SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="790"/>
        <source>The database appears on SQL Server as restoring and then synchronizing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="801"/>
        <source>Seeding of %1 did not finish in six days. Check the link&apos;s state in Azure, then delete and recreate the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="807"/>
        <source>The managed instance backs its databases up automatically; SQL Server needs no log backups while it is the secondary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="818"/>
        <source>Set %1 to %2 on SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="819"/>
        <source>Changes the commit mode of both members of the distributed availability group. Run it where the link is primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="839"/>
        <source>Set the replication mode of %1 to %2 in Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="840"/>
        <source>Sets the link&apos;s replicationMode on the managed instance&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="858"/>
        <source>Set the replication mode to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="859"/>
        <source>Changes the commit mode of each link on SQL Server (T-SQL) and in Azure. Synchronous commit waits for the managed instance on every commit; asynchronous is recommended for normal operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="867"/>
        <source>Update link.replicationMode in the project file to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="889"/>
        <source>Wait until %1 is synchronized and read its hardened LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="891"/>
        <source>With the workload stopped and synchronous commit, the secondary catches up. The primary&apos;s last hardened LSN is then compared with the secondary&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="902"/>
        <source>%1 did not reach SYNCHRONIZED in 30 minutes. Check that the workload is stopped and the link is healthy, then run this script again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="911"/>
        <source>Last hardened LSN of %1 on the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="917"/>
        <source>Wait until the secondary has hardened the same LSN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="919"/>
        <source>No data is lost only when both sides report the same last hardened LSN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="932"/>
        <source>The secondary&apos;s hardened LSN of %1 did not reach the primary&apos;s within 10 minutes. Do not fail over: check the link&apos;s health, then run the scripts again from the synchronization step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="945"/>
        <source>Check that %1 is not changing any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="946"/>
        <source>If the primary&apos;s hardened LSN moved since it was read, the workload is still writing and a failover would lose those transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="956"/>
        <source>The hardened LSN of %1 changed: the workload is still writing. Stop it and run the scripts again from the synchronization step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="967"/>
        <source>Delete the link %1 in Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="968"/>
        <source>Breaks the link on the managed instance&apos;s side; the managed instance&apos;s copy of %1 becomes an independent read/write database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="986"/>
        <source>Wait for the managed instance&apos;s first full backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="988"/>
        <source>Once %1 is read/write on the managed instance, the service takes a full backup automatically. Until it exists, the copy on SQL Server is the only restorable one, so the link&apos;s SQL Server objects stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1003"/>
        <source>The managed instance has no full backup of %1 after four hours. Check the instance&apos;s backups in the Azure portal before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1014"/>
        <source>Drop the distributed availability group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1015"/>
        <source>Removes the link&apos;s remaining object on SQL Server after the Azure side was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1026"/>
        <source>Drop the availability group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1027"/>
        <source>Removes the availability group that held %1 for the link; the database itself stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1045"/>
        <source>Forced failover to the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1046"/>
        <source>Planned failover to the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1047"/>
        <source>Forced failover to SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1048"/>
        <source>Planned failover to SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1050"/>
        <source>, removing the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1053"/>
        <source>This link is one-way (SQL Server 2016–2019, or a link created one-way), so the failover removes it: there is no way back to SQL Server through the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1090"/>
        <source>Stop the workload on SQL Server first. The plan switches to synchronous commit, waits until both sides have hardened the same log, then %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1093"/>
        <source>deletes the link so the managed instance&apos;s databases become read/write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1096"/>
        <source>fails over with T-SQL on SQL Server, keeping the link in the other direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1110"/>
        <source>Fail %1 over to the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1111"/>
        <source>ALTER AVAILABILITY GROUP … FAILOVER on SQL Server (2022 CU13 or later): SQL Server becomes the secondary and the link replicates from the managed instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1124"/>
        <source>For a disaster on SQL Server: the managed instance (the secondary) becomes primary without waiting for SQL Server. Transactions it has not received are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1131"/>
        <source>Run the SQL Server part only when SQL Server is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1138"/>
        <source>Force %1 to fail over to the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1140"/>
        <source>Azure failover with failoverType ForcedAllowDataLoss, run against the managed instance (the secondary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1144"/>
        <source>If SQL Server comes back, both sides are primary (split brain). Run the repair-split-brain operation before writing on SQL Server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1149"/>
        <source>Stop the workload on the managed instance first. The plan switches the link to synchronous commit, waits until both sides have hardened the same log, fails over in Azure (planned), waits until SQL Server is primary and restores the replication mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1164"/>
        <source>Fail %1 over to SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1165"/>
        <source>Azure failover with failoverType Planned, accepted only while the managed instance is primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1171"/>
        <source>Wait until SQL Server is primary for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1172"/>
        <source>The role change reaches SQL Server within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1177"/>
        <source>SQL Server did not become primary for %1 within 5 minutes. Check the link in Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1194"/>
        <source>For a disaster on the managed instance: SQL Server (the secondary) becomes primary without waiting. Transactions it has not received are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1200"/>
        <source>Force %1 to fail over to SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1201"/>
        <source>ALTER AVAILABILITY GROUP … FORCE_FAILOVER_ALLOW_DATA_LOSS on SQL Server, the secondary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1212"/>
        <source>If the managed instance comes back, both sides are primary (split brain). Run the repair-split-brain operation before writing on the managed instance again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1216"/>
        <source>Point the applications at the new primary (the managed instance&apos;s FQDN, or SQL Server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1223"/>
        <source>Delete the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1224"/>
        <source>Deletes each link in Azure, then drops the distributed availability group on SQL Server (and, if chosen, the availability group). Both copies of each database become independent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1240"/>
        <source>Drop the managed instance&apos;s certificate on SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1241"/>
        <source>Only when no distributed availability group on SQL Server still points at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1255"/>
        <source>Drop the database mirroring endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1256"/>
        <source>Only when no availability group is left on SQL Server: other groups use the same endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1272"/>
        <source>Drop the SQL Server endpoint certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1273"/>
        <source>Only when no endpoint uses it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1283"/>
        <source>Delete the server trust certificate %1 in Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1284"/>
        <source>Only when the managed instance has no other link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1299"/>
        <source>The root certificates MicrosoftPKI and DigiCertPKI and the master key stay: they are harmless and other links may need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1310"/>
        <source>Rotate the SQL Server endpoint certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1312"/>
        <source>Creates the certificate %1, uploads it to the managed instance, switches the mirroring endpoint to it, checks that every link reconnects, then drops %2 on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1323"/>
        <source>Switch the mirroring endpoint to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1324"/>
        <source>The endpoint keeps Windows authentication if it had it; connections re-establish with the new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1345"/>
        <source>SQL Server has no database mirroring endpoint, so there is no certificate to rotate. Create the link first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1354"/>
        <source>Drop the old certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1355"/>
        <source>Only after the endpoint uses the new certificate and the links reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1365"/>
        <source>The endpoint still uses %1; the switch did not happen. Run the scripts again from the endpoint step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1374"/>
        <source>Delete the old server trust certificate %1 in Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1375"/>
        <source>The managed instance no longer needs the old public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1385"/>
        <source>Set certificate.name to %1 in the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1392"/>
        <source>Repair a split brain, keeping the managed instance primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1393"/>
        <source>Repair a split brain, keeping SQL Server primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1394"/>
        <source>After a forced failover both sides can be primary. This guided plan shows each side&apos;s role, backs up the side that gives up its changes, makes it secondary and waits for the link to reconnect. Changes made on that side after the forced failover are lost from the link; only the backup keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1402"/>
        <source>Show SQL Server&apos;s role for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1403"/>
        <source>PRIMARY on both sides means split brain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1414"/>
        <source>Show the managed instance&apos;s role for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1415"/>
        <source>READ_WRITE means the managed instance acts as primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1425"/>
        <source>Back up the log of %1 on SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1426"/>
        <source>Keeps the transactions SQL Server accepted after the forced failover, before SQL Server becomes secondary and they leave the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1439"/>
        <source>Directory on the SQL Server host for the log backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1443"/>
        <source>Make SQL Server secondary for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1444"/>
        <source>ALTER AVAILABILITY GROUP … SET (ROLE = SECONDARY) on SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1453"/>
        <source>Take a copy-only backup of %1 on the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1455"/>
        <source>Keeps the transactions the managed instance accepted after the forced failover. Needs a credential for the storage container on the managed instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1469"/>
        <source>Storage container URL for the managed instance&apos;s copy-only backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1474"/>
        <source>Make the managed instance secondary for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1475"/>
        <source>Azure setRole with instanceRole Secondary and roleChangeType Forced (no cmdlet or CLI command exists for this call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1493"/>
        <source>Microsoft&apos;s troubleshooting guide follows the demotion with ALTER AVAILABILITY GROUP … FAILOVER on the managed instance; what that statement does in this situation is not confirmed, so milink does not run it. Check the link&apos;s state on both sides and in Azure before you resume the workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1508"/>
        <source>&quot;%1&quot; contains &quot;$(&quot;, which sqlcmd and milink read as a script parameter. Rename the object so the name has no &quot;$(&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1530"/>
        <source>The database %1 is not part of this project. Give one of the names under databases[].name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1536"/>
        <source>No database is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1542"/>
        <source>The managed instance&apos;s host name is empty; the certificate on SQL Server must be named exactly after it. Enter fullyQualifiedDomainName as the Azure portal shows it (name.zone.database.windows.net).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1549"/>
        <source>The host name %1 has no DNS suffix after the instance name and zone, so the root certificates cannot be registered for it. Enter the full host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1556"/>
        <source>The host name %1 is longer than %2 characters, so SQL Server cannot hold a certificate named after it. Check the managed instance&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1566"/>
        <source>%1 is needed for this operation. Add %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1573"/>
        <source>%1 &quot;%2&quot; contains a quote or a control character, which cannot be passed safely as a script parameter. Choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1584"/>
        <source>A backup directory on the SQL Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1588"/>
        <source>A directory on the SQL Server host for the log backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1591"/>
        <source>A storage container URL for the copy-only backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="47"/>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="72"/>
        <source>&quot;%1&quot; is not a SQL Server build number such as 16.0.4125.3 (SERVERPROPERTY(&apos;ProductVersion&apos;)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="165"/>
        <source>The file is not valid JSON: %1 at line %2, column %3. Fix the file in a text editor or save the project again from milink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="174"/>
        <source>The file holds JSON but not a milink project (expected an object at the top level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="183"/>
        <source>This is not a milink project: &quot;format&quot; must be &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="191"/>
        <source>The schema version is missing or not a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="198"/>
        <source>The project was written by a newer milink (schema version %1; this milink %2 reads up to %3). Open it with that newer milink, or update milink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="289"/>
        <source>Cannot open the project file %1: %2. Check the path and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="300"/>
        <source>The file %1 is %2 MiB, far larger than any milink project. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="313"/>
        <source>Cannot write the project file %1: %2. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/link/ProjectFile.cpp" line="318"/>
        <source>Saving %1 failed: %2. The previous version of the file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunJournal</name>
    <message>
        <location filename="../models/run/RunJournal.cpp" line="31"/>
        <source>Cannot read the run journal %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/RunJournal.cpp" line="38"/>
        <source>The run journal %1 is damaged (%2). Move it aside to start the operation from the beginning; every step checks first whether it is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/RunJournal.cpp" line="42"/>
        <source>The run journal %1 was written by a newer milink. Use that version to resume the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/RunJournal.cpp" line="46"/>
        <source>The run journal %1 belongs to the operation %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/RunJournal.cpp" line="102"/>
        <source>Cannot write the run journal %1: %2. The run stopped so that it can be resumed safely; free space or fix the folder&apos;s permissions, then resume.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptCommand</name>
    <message>
        <location filename="../models/cli/ScriptCommand.cpp" line="20"/>
        <source>Write the steps of an operation as reviewable T-SQL, PowerShell and Bash scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ScriptCommand.cpp" line="29"/>
        <source>Nothing is written when the project or the operation has an error; every problem is printed with its path. Secrets (the master key password) are never written: the scripts take them as parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ScriptCommand.cpp" line="32"/>
        <source>The .milink project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ScriptCommand.cpp" line="34"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ScriptCommand.cpp" line="36"/>
        <source>Directory for the scripts (created; must be empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ScriptCommand.cpp" line="37"/>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ScriptCommand.cpp" line="39"/>
        <source>Write into a non-empty directory, replacing files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ScriptCommand.cpp" line="53"/>
        <source>Give exactly one project file, for example &quot;milink script sales.milink --operation create-link --out scripts&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ScriptCommand.cpp" line="59"/>
        <source>Add --out with the directory for the scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ScriptCommand.cpp" line="85"/>
        <source>%1: nothing written. Fix the errors above and run milink script again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/ScriptCommand.cpp" line="98"/>
        <source>%1: wrote %2 files for %3 to %4. Start with README.md.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptWriter</name>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="75"/>
        <source>SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="76"/>
        <source>the managed instance (T-SQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="77"/>
        <source>Azure Resource Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="92"/>
        <source>Step %1 [%2]: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="187"/>
        <source>milink: %1 — file %2 of %3, steps %4, on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="193"/>
        <source>Generated from %1. Read README.md first: it gives the run order and the values to pass between files. Every step checks whether its work is already done, so this file can be run again after a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="226"/>
        <source>Run with sqlcmd (or SSMS in SQLCMD mode) connected to the managed instance %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="230"/>
        <source>Run with sqlcmd (or SSMS in SQLCMD mode) connected as sysadmin to SQL Server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="242"/>
        <source>Secret %1: %2 It is not stored in this file: set the environment variable %1 before running sqlcmd, or pass it on the command line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="251"/>
        <source>Value %1: %2 Printed by %3; pass it on the command line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="276"/>
        <location filename="../models/script/ScriptWriter.cpp" line="607"/>
        <location filename="../models/script/ScriptWriter.cpp" line="685"/>
        <source>Caution: this step removes or changes the link&apos;s roles; read it before you run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="280"/>
        <location filename="../models/script/ScriptWriter.cpp" line="611"/>
        <location filename="../models/script/ScriptWriter.cpp" line="689"/>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="287"/>
        <location filename="../models/script/ScriptWriter.cpp" line="623"/>
        <location filename="../models/script/ScriptWriter.cpp" line="701"/>
        <source>  Already done; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="311"/>
        <location filename="../models/script/ScriptWriter.cpp" line="627"/>
        <location filename="../models/script/ScriptWriter.cpp" line="705"/>
        <source>%1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="549"/>
        <source>Needs PowerShell 7 (or Windows PowerShell 5.1) with Az.Sql 6.0.0 or later and Az.Accounts. Sign in first: Connect-AzAccount -Environment %1. REST calls use api-version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="566"/>
        <location filename="../models/script/ScriptWriter.cpp" line="651"/>
        <source>%1 Printed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="596"/>
        <source>Sign in to %1 first: Connect-AzAccount -Environment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="637"/>
        <source>Needs Bash and Azure CLI 2.67.0 or later. Sign in first: az cloud set --name %1, then az login. REST calls use api-version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="658"/>
        <source>Set the environment variable %1 (see README.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="672"/>
        <source>Sign in to %1 first: az cloud set --name %1 &amp;&amp; az login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="715"/>
        <source>Generated by milink from `%1` (operation `%2`). %3

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="726"/>
        <source>## Prerequisites

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="728"/>
        <source>- `sqlcmd` (or SSMS in SQLCMD mode) and a sysadmin login on SQL Server `%1` (`%2`, port %3).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="733"/>
        <source>- `sqlcmd` access to the managed instance `%1` (from inside its virtual network, or its public endpoint).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="737"/>
        <source>- For the Azure files, either PowerShell with Az.Sql 6.0.0 or later (`Install-Module Az.Sql -MinimumVersion 6.0.0`; sign in with `Connect-AzAccount -Environment %1`), or Bash with Azure CLI 2.67.0 or later (`az cloud set --name %1` and `az login`). Both use the current parameter names (`-PartnerAvailabilityGroupName`, `--partner-availability-group-name`, …); REST calls, where no command exists, pin api-version %2.
- The Azure role *SQL Managed Instance Contributor* (or equivalent permissions) on managed instance `%3` in resource group `%4`, subscription `%5`.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="757"/>
        <source>- Secret `%1`: %2 It is in none of these files. Pass it with `sqlcmd -v %1=&quot;…&quot;`, or set the environment variable `%1` for sqlcmd (sqlcmd reads environment variables as scripting variables). A `&apos;` in the value must be doubled.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="765"/>
        <source>
## Run order

Run the files one after the other; stop at the first error, fix the cause and run the same file again.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="767"/>
        <source>| # | file | runs on | steps |
|---|---|---|---|
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="771"/>
        <source>`%1.ps1` or `%1.sh`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="778"/>
        <source>
Command lines (replace the login and add `-v` values as described below):

```
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="823"/>
        <source>
## Values passed between files

Some steps print a value that a later file needs. Copy it from the output and pass it as shown.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="826"/>
        <source>| value | printed by | used by | how to pass it |
|---|---|---|---|
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="838"/>
        <source>`-%1 &lt;value&gt;` (PowerShell) or the environment variable `%2` (Bash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="842"/>
        <source>`sqlcmd -v %1=&quot;&lt;value&gt;&quot;`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="846"/>
        <source>the line `%1=…`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="847"/>
        <source>the result column `%1`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="859"/>
        <source>- `%1` = `%2`: %3 Set with `:setvar` at the top of each file that uses it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="864"/>
        <source>
## Settings

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="866"/>
        <source>
## Steps and what success looks like
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="875"/>
        <source> Waits up to %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="881"/>
        <source>
Success: the file ends with &quot;%1 finished.&quot; and no error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="887"/>
        <source>
## Afterwards

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="891"/>
        <source>
## Running again

Every step first checks whether its work is already done and then skips it, so after a failure you fix the cause and run the same file again; a partly applied setup converges.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="925"/>
        <source>%1 exists and is not a directory. Choose another --out directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="929"/>
        <source>%1 is not empty. Choose an empty or new directory, or add --force to overwrite the files in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="933"/>
        <source>Cannot create the directory %1. Check the path and your permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/script/ScriptWriter.cpp" line="940"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportMatrix</name>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="12"/>
        <source>Always-up-to-date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="13"/>
        <source>SQL Server 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="14"/>
        <source>SQL Server 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="17"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="89"/>
        <source>The SQL Server version is not known, and the steps depend on it. Declare sqlServer.version as SERVERPROPERTY(&apos;ProductVersion&apos;) reports it (for example 16.0.4125.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="97"/>
        <source>SQL Server %1 cannot use the Managed Instance link: it needs SQL Server 2016 SP3 with the Azure Connect pack or later. Upgrade SQL Server, or migrate with another method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="105"/>
        <source>SQL Server %1 is newer than the versions milink knows; it plans as for SQL Server %2. Check the result against current documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="113"/>
        <source>SQL Server %1 is too old for the link: SQL Server %2 needs %3 (%4) or later. Install that update and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="128"/>
        <source>%1 is impossible with SQL Server %2: SQL Server 2016, 2017 and 2019 replicate to the managed instance only, and a failover to the managed instance cannot be reversed. Use SQL Server 2022 or 2025 for two-way links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="140"/>
        <source>%1 needs the managed instance&apos;s update policy to match SQL Server %2, and the policy is not known. Declare managedInstance.updatePolicy as the Azure portal shows it (sqlServer2022, sqlServer2025 or alwaysUpToDate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="149"/>
        <source>%1 is impossible: the managed instance uses the Always-up-to-date update policy, so its databases can never replicate back to SQL Server. Use a managed instance with the SQL Server %2 update policy, or keep the link one-way from SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="159"/>
        <source>%1 needs matching database formats: SQL Server %2 needs the managed instance update policy SQL Server %2, but the instance uses %3. Use a managed instance with the matching policy, or keep the link one-way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="190"/>
        <source>Creating the link from the managed instance needs SQL Server 2022 CU10 (16.0.4095.4) or later, or SQL Server 2025; this server runs %1. Update SQL Server, or create the link from SQL Server (sqlServerToManagedInstance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="197"/>
        <source>Creating the link from the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="200"/>
        <source>A link created from the managed instance is always two-way (Azure failoverMode Manual). Set link.failover to twoWay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="203"/>
        <source>A two-way link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="209"/>
        <source>No replication mode was given. Add --mode async or --mode sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="215"/>
        <source>A forced failover can lose the transactions the secondary has not received yet, and can leave both sides primary (split brain). Add --accept-data-loss to confirm that you accept this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="219"/>
        <source>Failing over to SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="224"/>
        <source>The link is one-way (Azure failoverMode None), so it cannot fail over to SQL Server. Only a link created two-way can fail back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="228"/>
        <source>A forced failover to SQL Server runs ALTER AVAILABILITY GROUP … FORCE_FAILOVER_ALLOW_DATA_LOSS on SQL Server, which needs SQL Server 2022 CU13 (16.0.4125.3) or later, or SQL Server 2025; this server runs %1. Install the update first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="234"/>
        <source>A failover that keeps the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="239"/>
        <source>A planned failover that keeps the link needs SQL Server 2022 CU13 (16.0.4125.3) or later, or SQL Server 2025; this server runs %1. Update SQL Server, or add --remove-link to fail over and break the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="256"/>
        <source>The new certificate name is the current one (%1). Choose another name, or leave it out to use %1_2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/SupportMatrix.cpp" line="265"/>
        <source>A split brain needs a two-way link that was failed over by force; this link is one-way, so there is nothing to repair. After a forced failover of a one-way link, delete the link.</source>
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
    <name>milink::ArmError</name>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="42"/>
        <source>Azure rejected the link definition as incomplete or malformed. Check the link&apos;s names, endpoint and databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="47"/>
        <source>The availability group name for the managed instance side is empty or not valid. Enter a valid name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="51"/>
        <source>The name of the availability group on SQL Server is empty or not valid. Use the name of the AG created on SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="55"/>
        <source>The SQL Server mirroring endpoint is empty or not valid. It must look like TCP://host-or-ip:5022 and be reachable from the managed instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="60"/>
        <source>The list of databases is empty or not valid. A link replicates exactly one database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="64"/>
        <source>Only automatic seeding is accepted for a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="67"/>
        <source>The availability group names on SQL Server and on the managed instance must differ. Choose another name for the managed instance side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="72"/>
        <source>The managed instance already has an availability group with this name. Choose another name for the managed instance side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="76"/>
        <source>A two-way link (failover back to SQL Server) needs the managed instance&apos;s update policy to match the SQL Server version (for example SQL Server 2022 with the SQL Server 2022 update policy). Change the update policy or create a one-way link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="82"/>
        <source>The managed instance could not reach SQL Server&apos;s mirroring endpoint in time. Check firewalls, network security groups and that the endpoint port (usually 5022) is open in both directions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="88"/>
        <source>The managed instance does not trust SQL Server&apos;s endpoint certificate. Upload it as a server trust certificate, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="93"/>
        <source>SQL Server does not trust the managed instance&apos;s endpoint certificate. Create it on SQL Server from the managed instance&apos;s public key, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="98"/>
        <source>A link already exists for these availability groups. Each database needs its own link: use a new link name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="102"/>
        <source>The database uses TDE and the managed instance does not have its certificate. Upload the TDE certificate to the managed instance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="107"/>
        <source>The availability group on SQL Server did not respond. Check that the AG and distributed AG exist on SQL Server with the names used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="112"/>
        <source>The availability group answered but the database did not. Check that the database is part of the AG on SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="116"/>
        <source>The database has In-Memory OLTP data, which a General Purpose managed instance cannot host. Empty the memory-optimized filegroup or use Business Critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="121"/>
        <source>The database has more than one log file. Remove the extra log files first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="125"/>
        <source>The database uses FILESTREAM, which managed instances do not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="129"/>
        <source>The database has defunct files. Remove them before linking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="132"/>
        <source>The database has more files than the managed instance supports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="136"/>
        <source>The link no longer exists (it was deleted or never finished being created).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="140"/>
        <source>The link is not synchronizing yet (still seeding or disconnected). Wait until it catches up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="144"/>
        <source>The managed instance already has a database with this name. Drop or rename it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="148"/>
        <source>The managed instance is busy creating a database through a link; try again when seeding has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="152"/>
        <source>A planned failover through Azure is only possible while the managed instance is the primary. To fail over from SQL Server, use the forced failover or the SQL Server side steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="157"/>
        <source>Azure rejected the failover request. The failover type must be Planned or ForcedAllowDataLoss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="161"/>
        <source>The secondary is not synchronizing, so a planned failover would lose data. Wait until the link is synchronized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="165"/>
        <source>Too much log is still waiting to be sent for a planned failover. Switch to synchronous mode, stop the workload and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="170"/>
        <source>The secondary still has too much log to redo for a planned failover. Wait and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="174"/>
        <source>The managed instance already has the requested role; nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="178"/>
        <source>Another role change on this link is still running. Wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="182"/>
        <source>Azure could not change the managed instance&apos;s role in the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="186"/>
        <source>Making the managed instance primary can only be forced through Azure (roleChangeType Forced); a planned switch to the managed instance is done with the failover steps instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="191"/>
        <source>The database is encrypted with a service-managed key, which SQL Server cannot read. Switch the managed instance to a customer-managed key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="196"/>
        <source>A managed instance in a failover group cannot replicate to SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="200"/>
        <source>A trusted certificate with this name already exists on the managed instance. If it is the same certificate nothing needs to be done; otherwise delete it or use another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="205"/>
        <source>The certificate&apos;s public key is not a valid DER certificate in hex.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="209"/>
        <source>The certificate&apos;s public key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="211"/>
        <source>Another operation is running on the managed instance. Wait for it to finish and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="215"/>
        <source>The managed instance is busy with another operation. Retry later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="219"/>
        <source>An operation is in progress on the managed instance. Retry when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="223"/>
        <source>The managed instance is stopped. Start it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="226"/>
        <source>The managed instance is starting. Retry when it is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="229"/>
        <source>The Azure resource does not exist (or you cannot see it). Check the subscription, resource group and names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="233"/>
        <source>The subscription does not exist or your account has no access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="237"/>
        <source>Your account lacks permission for this operation. Ask for the SQL Managed Instance Contributor role (or higher) on the managed instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="242"/>
        <source>Your Azure sign-in has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="245"/>
        <source>Azure did not accept the sign-in token. Sign in again, to the right cloud and tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="249"/>
        <source>Azure is throttling requests for this subscription. Wait a minute and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="284"/>
        <source>Azure answered with HTTP status %1 and no explanation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="285"/>
        <source>Azure answered with HTTP status %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="314"/>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="316"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="318"/>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="320"/>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmError.cpp" line="322"/>
        <source>correlation id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::ArmJob</name>
    <message>
        <location filename="../models/azure/ArmJob.cpp" line="96"/>
        <source>The Azure request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmJob.cpp" line="108"/>
        <source>Refusing to send a request to %1: Azure endpoints must use https (plain http is only allowed on this computer&apos;s loopback address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmJob.cpp" line="124"/>
        <source>No Azure access token is available; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmJob.cpp" line="245"/>
        <source>Azure did not answer within %1 seconds (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmJob.cpp" line="248"/>
        <source>Could not reach Azure at %1: %2. Check the network connection and proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmJob.cpp" line="300"/>
        <source>Azure accepted the request but gave no way to follow it (no Azure-AsyncOperation or Location header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmJob.cpp" line="325"/>
        <source>Azure&apos;s operation status has no &quot;status&quot; field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmJob.cpp" line="345"/>
        <source>The Azure operation ended with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmJob.cpp" line="375"/>
        <source>Azure asked milink to follow an operation at an insecure address (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmJob.cpp" line="415"/>
        <source>Azure answered with something that is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmJob.cpp" line="439"/>
        <source>Azure returned a next-page link to another or insecure host (%1); milink does not send your token there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/ArmJob.cpp" line="449"/>
        <source>Azure kept returning more pages (over 1000); stopping.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::AzureCliTokenProvider</name>
    <message>
        <location filename="../models/azure/AzureCliTokenProvider.cpp" line="27"/>
        <source>Azure CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/AzureCliTokenProvider.cpp" line="37"/>
        <source>The Azure CLI did not print an access token. Run `az account get-access-token` yourself to see what is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/AzureCliTokenProvider.cpp" line="71"/>
        <source>The Azure CLI is not signed in (or its sign-in expired). Run `az login` in a terminal, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/AzureCliTokenProvider.cpp" line="75"/>
        <source>The Azure CLI could not give a token (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/AzureCliTokenProvider.cpp" line="126"/>
        <source>The Azure CLI did not answer within %1 seconds. Run `az account get-access-token` in a terminal to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/AzureCliTokenProvider.cpp" line="138"/>
        <source>The Azure CLI (%1) was not found. Install the Azure CLI and run `az login`, or choose another sign-in method.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::BrowserSignIn</name>
    <message>
        <location filename="../models/azure/BrowserSignIn.cpp" line="51"/>
        <source>The browser sign-in was not completed within %1 minutes. Start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/BrowserSignIn.cpp" line="83"/>
        <source>Cannot listen on this computer for the browser&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/BrowserSignIn.cpp" line="131"/>
        <source>milink expected the sign-in answer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/BrowserSignIn.cpp" line="139"/>
        <source>Nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/BrowserSignIn.cpp" line="143"/>
        <source>This sign-in has already been completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/BrowserSignIn.cpp" line="149"/>
        <source>This answer does not belong to the sign-in milink started; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/BrowserSignIn.cpp" line="159"/>
        <source>The sign-in failed. You can close this window and return to milink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/BrowserSignIn.cpp" line="161"/>
        <source>The sign-in failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/BrowserSignIn.cpp" line="165"/>
        <source>You are signed in. You can close this window and return to milink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/BrowserSignIn.cpp" line="191"/>
        <source>Could not reach the sign-in service at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/BrowserSignIn.cpp" line="198"/>
        <source>The sign-in service did not accept the sign-in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/BrowserSignIn.cpp" line="217"/>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::CloudProfile</name>
    <message>
        <location filename="../models/azure/CloudProfile.cpp" line="103"/>
        <source>The cloud profile has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/CloudProfile.cpp" line="111"/>
        <source>Cloud &quot;%1&quot;: %2 must be an absolute URL such as https://management.example.com/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/CloudProfile.cpp" line="115"/>
        <source>Cloud &quot;%1&quot;: %2 must use https (plain http is only accepted for 127.0.0.1, ::1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/CloudProfile.cpp" line="120"/>
        <source>Cloud &quot;%1&quot;: tokenResource is missing (the audience of ARM tokens, e.g. https://management.core.windows.net/).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/CloudProfile.cpp" line="124"/>
        <source>Cloud &quot;%1&quot;: sqlDnsSuffix must be a DNS suffix without a leading dot, e.g. database.windows.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/CloudProfile.cpp" line="141"/>
        <source>Custom cloud &quot;%1&quot; has the name of a built-in cloud; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/CloudProfile.cpp" line="172"/>
        <source>Cannot read the cloud file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/CloudProfile.cpp" line="179"/>
        <source>The cloud file %1 is not valid JSON (%2). It must contain an object with a &quot;clouds&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/CloudProfile.cpp" line="187"/>
        <source>The cloud file %1 has no &quot;clouds&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/CloudProfile.cpp" line="197"/>
        <source>%1, clouds[%2]: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/CloudProfile.cpp" line="203"/>
        <source>%1, clouds[%2]: the name &quot;%3&quot; is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::DeviceCodeSignIn</name>
    <message>
        <location filename="../models/azure/DeviceCodeSignIn.cpp" line="59"/>
        <source>Could not reach the sign-in service at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/DeviceCodeSignIn.cpp" line="66"/>
        <source>The sign-in service refused to start a device code sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/DeviceCodeSignIn.cpp" line="77"/>
        <source>To sign in, open %1 and enter the code %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/DeviceCodeSignIn.cpp" line="88"/>
        <location filename="../models/azure/DeviceCodeSignIn.cpp" line="124"/>
        <source>The device code expired before the sign-in was completed. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/DeviceCodeSignIn.cpp" line="103"/>
        <source>Lost the connection to the sign-in service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/DeviceCodeSignIn.cpp" line="129"/>
        <source>The sign-in was declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/DeviceCodeSignIn.cpp" line="132"/>
        <source>The sign-in failed: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/DeviceCodeSignIn.cpp" line="138"/>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::EntraTokenProvider</name>
    <message>
        <location filename="../models/azure/EntraTokenProvider.cpp" line="33"/>
        <source>Microsoft Entra sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/EntraTokenProvider.cpp" line="79"/>
        <source>You are not signed in to Azure (%1). Sign in with the browser or a device code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/EntraTokenProvider.cpp" line="134"/>
        <source>Could not reach the sign-in service at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/EntraTokenProvider.cpp" line="146"/>
        <source>Your Azure sign-in could not be renewed; sign in again. (%1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::EnvironmentTokenProvider</name>
    <message>
        <location filename="../models/azure/EnvironmentTokenProvider.cpp" line="27"/>
        <source>Access token from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/EnvironmentTokenProvider.cpp" line="51"/>
        <source>The environment variable %1 is not set. Set it to an ARM access token (for example from `az account get-access-token`) or choose another sign-in method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/EnvironmentTokenProvider.cpp" line="57"/>
        <source>Azure rejected the access token from %1 and milink cannot renew it. Put a fresh token in %1 and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/EnvironmentTokenProvider.cpp" line="67"/>
        <source>The access token in %1 expired at %2. Put a fresh token in %1.</source>
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
        <location filename="../wizard/pages/IntroductionPage.cpp" line="21"/>
        <source>&lt;p&gt;This wizard creates a &lt;b&gt;Managed Instance link&lt;/b&gt; for each database you choose. It checks both servers first and changes nothing until you press &lt;i&gt;Finish&lt;/i&gt; on the summary. At any point you can export the same steps as scripts to review and run later; a setup that stops half-way can be resumed.&lt;/p&gt;&lt;p&gt;The wizard will:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;check SQL Server, the databases and the managed instance against the link&apos;s requirements;&lt;/li&gt;&lt;li&gt;create or reuse the database master key, the certificates and the trust between SQL Server and the managed instance;&lt;/li&gt;&lt;li&gt;create or adjust the database mirroring endpoint;&lt;/li&gt;&lt;li&gt;create an availability group and a distributed availability group per database;&lt;/li&gt;&lt;li&gt;create the link in Azure and follow the connection and the initial seeding.&lt;/li&gt;&lt;/ol&gt;&lt;h4&gt;Before you start&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Permissions&lt;/b&gt;: membership in &lt;i&gt;sysadmin&lt;/i&gt; on SQL Server; the &lt;i&gt;SQL Managed Instance Contributor&lt;/i&gt; role (or a custom role with the link permissions) on the managed instance.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Versions&lt;/b&gt;: SQL Server 2016 SP3 or 2017 CU31 with their Azure Connect packs, 2019 CU20, 2022 or 2025. SQL Server 2016–2019 fail over one way only; creating the link from the managed instance needs SQL Server 2022 CU10 or 2025 and a matching update policy on the managed instance.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQL Server&lt;/b&gt;: Always On availability groups enabled; each database in the FULL recovery model with at least one full backup.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Network&lt;/b&gt;: SQL Server reaches the managed instance&apos;s subnet on TCP 5022 and 11000–11999, and the managed instance reaches SQL Server&apos;s mirroring endpoint (TCP 5022 by default), over a private connection (VPN, ExpressRoute or peering).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::KeychainSecretStore</name>
    <message>
        <location filename="../models/secrets/KeychainSecretStore.cpp" line="73"/>
        <source>The keychain refused access (it may be locked). Unlock it and try again; until then you will have to sign in each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secrets/KeychainSecretStore.cpp" line="90"/>
        <source>The keychain reported an error: %1</source>
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
<context>
    <name>milink::OAuthTokenResponse</name>
    <message>
        <location filename="../models/azure/OAuthTokenResponse.cpp" line="20"/>
        <source>The sign-in service answered with something that is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/azure/OAuthTokenResponse.cpp" line="42"/>
        <source>The sign-in service returned no access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::OdbcConnectionString</name>
    <message>
        <location filename="../models/sql/OdbcConnectionString.cpp" line="58"/>
        <source>No ODBC driver for SQL Server is installed. Install Microsoft ODBC Driver 18 for SQL Server (or FreeTDS on Linux) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/OdbcConnectionString.cpp" line="61"/>
        <source>Enter the SQL Server host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/OdbcConnectionString.cpp" line="89"/>
        <source>Strict encryption (TDS 8) needs Microsoft ODBC Driver 18 for SQL Server; FreeTDS cannot do it. Choose mandatory encryption or install that driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/OdbcConnectionString.cpp" line="104"/>
        <source>Strict encryption (TDS 8) needs Microsoft ODBC Driver 18 for SQL Server; version 17 cannot do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/OdbcConnectionString.cpp" line="117"/>
        <source>Enter the SQL login to connect with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/OdbcConnectionString.cpp" line="124"/>
        <source>The FreeTDS driver cannot pass a login, password or database name that contains both “}” and “;” (or starts with “{”). Use Microsoft ODBC Driver 18 for SQL Server, or choose a value without “}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::PlanRunner</name>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="139"/>
        <source>Cancelled. The step may have been partly applied; resuming checks first whether it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="145"/>
        <source>The run was cancelled at step %1 of %2. Resume it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="155"/>
        <source>All %1 steps are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="173"/>
        <source>Already done; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="191"/>
        <source>Checking whether the step is already done failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="215"/>
        <location filename="../models/run/PlanRunner.cpp" line="264"/>
        <source>This step needs Azure, but milink is not signed in to Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="247"/>
        <source>Checking the step&apos;s state in Azure failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="293"/>
        <source>Azure: %1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="294"/>
        <source>Azure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="357"/>
        <source>Azure&apos;s answer has no value at %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="371"/>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="377"/>
        <source>The server returned no value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="405"/>
        <source>Waiting failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="417"/>
        <source>The condition was not met within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="431"/>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="468"/>
        <source>Step %1 of %2 (%3) failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="478"/>
        <source>Step %1 of %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="507"/>
        <source>This step runs T-SQL on the managed instance; connect to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="508"/>
        <source>This step runs T-SQL on SQL Server; connect to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="531"/>
        <source>The step needs the value %1, which was not given. Provide it (secrets are asked for or read from the keychain) and resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="548"/>
        <location filename="../models/run/PlanRunner.cpp" line="569"/>
        <source>The request needs the value %1, which was not given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::SecretStore</name>
    <message>
        <location filename="../models/secrets/SecretStore.cpp" line="9"/>
        <source>No keychain is available on this system, so milink cannot keep your sign-in. Nothing was written to disk; you will be asked to sign in again next time. Install and unlock a keychain (for example GNOME Keyring or KWallet) to stay signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::ServerFacts</name>
    <message>
        <location filename="../models/sql/ServerFacts.cpp" line="32"/>
        <source>The SQL Server version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/ServerFacts.cpp" line="36"/>
        <source>%1 cannot use the Managed Instance link; SQL Server 2016 SP3 or later is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/ServerFacts.cpp" line="41"/>
        <source>%1 is too old for the Managed Instance link; install at least %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::ServerProbe</name>
    <message>
        <location filename="../models/sql/ServerProbe.cpp" line="97"/>
        <source>The database mirroring endpoint could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/ServerProbe.cpp" line="117"/>
        <source>Backup history and database files could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/ServerProbe.cpp" line="122"/>
        <source>The trace flags could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/ServerProbe.cpp" line="134"/>
        <source>The host operating system could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/ServerProbe.cpp" line="154"/>
        <source>The connection was closed during the server check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/ServerProbe.cpp" line="173"/>
        <source>%1: %2 (error %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/ServerProbe.cpp" line="238"/>
        <source>FILESTREAM and memory-optimized filegroups could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::SqlBatchSplitter</name>
    <message>
        <location filename="../models/sql/SqlBatchSplitter.cpp" line="142"/>
        <source>Line %1: “%2” is not a valid batch separator; write GO alone or GO followed by a positive count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::SqlWorker</name>
    <message>
        <location filename="../models/sql/SqlWorker.cpp" line="145"/>
        <source>SQL Server rejected the login. Check the login name and password, and that SQL Server authentication is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/SqlWorker.cpp" line="149"/>
        <source>SQL Server is not reachable. Check the host name, the port and the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/SqlWorker.cpp" line="152"/>
        <source>Could not connect to SQL Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/SqlWorker.cpp" line="155"/>
        <source>The connection to SQL Server was lost (%1). Reconnect and run the step again; it is safe to repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/SqlWorker.cpp" line="159"/>
        <location filename="../models/sql/SqlWorker.cpp" line="291"/>
        <source>The statement was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/SqlWorker.cpp" line="190"/>
        <source>The connection failed while negotiating encryption. The server may not offer TLS or its certificate may not be trusted; check the server&apos;s certificate, or choose optional encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/SqlWorker.cpp" line="196"/>
        <source>SQL Server did not answer within %1 seconds. Check the host, the port and the firewall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sql/SqlWorker.cpp" line="231"/>
        <source>Not connected to SQL Server. Connect first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
