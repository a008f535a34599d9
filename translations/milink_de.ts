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
    <name>CertificateExpiry</name>
    <message>
        <location filename="../models/failover/CertificateExpiry.cpp" line="18"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/failover/CertificateExpiry.cpp" line="22"/>
        <source>expired on %1 (%n day(s) ago): the link cannot connect until it is rotated</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/failover/CertificateExpiry.cpp" line="25"/>
        <source>expires on %1 (%n day(s) left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../models/cli/CommandLine.cpp" line="78"/>
        <source>milink: unknown command &quot;%1&quot;. Run &quot;milink --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/CommandLine.cpp" line="86"/>
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
        <location filename="../models/cli/CommandLine.cpp" line="101"/>
        <source>
Exit codes: 0 success, 1 the command found problems or failed, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CutoverChecklist</name>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="13"/>
        <source>After the failover of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="16"/>
        <source>Point the applications at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="17"/>
        <source>The link does not move connection strings. Change every application, report and ETL job that connects to %1 for %2 (or the DNS alias they use), then check that nothing still connects to the old primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="21"/>
        <source>Create the logins with the same SIDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="22"/>
        <source>Logins live in master and are not replicated. Create the SQL logins on %1 with the SIDs they have on %2 (so database users are not orphaned), add the Microsoft Entra or Windows logins, server roles and permissions, and check for users without a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="27"/>
        <source>Move the SQL Server Agent jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="28"/>
        <source>Script the jobs, schedules, operators and alerts that work on %1 and create them on %2; disable them on the old primary so they do not run twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="32"/>
        <source>Recreate linked servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="33"/>
        <source>Linked servers, their logins and server-level credentials are instance objects; recreate the ones the databases use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="36"/>
        <source>Re-enable CDC, change tracking and Service Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="37"/>
        <source>Change data capture needs its capture and cleanup jobs on the new primary; Service Broker needs ENABLE_BROKER (or NEW_BROKER) and its routes updated to the new address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="41"/>
        <source>Reconfigure replication, log shipping and distributed transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="42"/>
        <source>Transactional replication, log shipping and DTC are not carried by the link; reconfigure them against %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="45"/>
        <source>Check TDE and encryption keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="46"/>
        <source>Databases encrypted on SQL Server need their TDE certificate on the managed instance; a failback later needs a customer-managed key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="49"/>
        <source>Databases encrypted on the managed instance need the customer-managed key available to SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="51"/>
        <source>Check the backups on the new primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="52"/>
        <source>The managed instance backs the databases up automatically: confirm the first full backup exists and the retention fits your policy. Stop the log backup jobs for these databases on SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="56"/>
        <source>SQL Server needs full and log backups of %1 again: enable the backup jobs, or the log grows until it is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="59"/>
        <source>Compare server configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="60"/>
        <source>sp_configure options, trace flags, database-scoped configuration, collation and compatibility level can differ between SQL Server and the managed instance; compare what the applications rely on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="63"/>
        <source>Update monitoring and alerting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="64"/>
        <source>Point monitoring, alerts and maintenance plans (index and statistics jobs) at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="68"/>
        <source>Keep writes away from the old copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="69"/>
        <source>With the link removed, the copy on %1 is an independent read/write database. Set it READ_ONLY or take it offline once the applications have moved, so nobody writes to it by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="74"/>
        <source>Watch the link in its new direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="75"/>
        <source>The link now replicates from %1 to %2. Check in the link status window that it is connected and synchronizing, and set the replication mode back to asynchronous if it was switched for the failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="81"/>
        <source>Check for split brain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/CutoverChecklist.cpp" line="82"/>
        <source>After a forced failover the old primary may come back still believing it is primary. Open the failover wizard again: it detects both sides being primary and guides the repair. Do not let applications write to the old primary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseEligibility</name>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="62"/>
        <source>Database state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="63"/>
        <source>The database is %1, not ONLINE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="64"/>
        <source>Bring the database online (ALTER DATABASE %1 SET ONLINE), then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="70"/>
        <source>Recovery model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="71"/>
        <source>The database uses the %1 recovery model; the link needs FULL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="73"/>
        <source>Run ALTER DATABASE %1 SET RECOVERY FULL, take a full backup, then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="79"/>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="84"/>
        <source>Full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="80"/>
        <source>The database has no full backup; the wizard takes one (not COPY_ONLY) before creating the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="82"/>
        <source>Make sure the backup directory has room for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="85"/>
        <source>The database has no full backup, so its log chain has not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="86"/>
        <source>Choose &quot;Take a full backup first&quot;, or run BACKUP DATABASE %1 TO DISK = N&apos;…&apos; WITH CHECKSUM (without COPY_ONLY), then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="91"/>
        <source>Log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="92"/>
        <source>The database has %1 log files; the link accepts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="93"/>
        <source>Empty and remove the extra log files (DBCC SHRINKFILE … EMPTYFILE, then ALTER DATABASE %1 REMOVE FILE …), then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="97"/>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="101"/>
        <source>FILESTREAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="98"/>
        <source>Whether the database uses FILESTREAM or FileTable could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="99"/>
        <source>Check sys.filegroups in the database for type FD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="102"/>
        <source>The database has FILESTREAM or FileTable data, which a managed instance does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="104"/>
        <source>Move that data out of the database and remove the FILESTREAM filegroup, or migrate this database another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="107"/>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="113"/>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="119"/>
        <source>In-Memory OLTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="108"/>
        <source>Whether the database has memory-optimized data could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="109"/>
        <source>Check sys.filegroups in the database for type FX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="114"/>
        <source>The database has memory-optimized data, which a General Purpose managed instance does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="116"/>
        <source>Link it to a Business Critical managed instance, or remove the memory-optimized filegroup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="120"/>
        <source>The database has memory-optimized data: only a Business Critical managed instance accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="122"/>
        <source>Choose a Business Critical managed instance on the Azure page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="125"/>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="132"/>
        <source>Availability group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="126"/>
        <source>The database is already in the availability group this link creates: an earlier run stopped half-way. The wizard resumes it; steps already done are checked and skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="129"/>
        <source>Nothing to do; to start over instead, roll back the earlier run from its Results page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="133"/>
        <source>The database is already in an availability group; the link puts each database in its own new availability group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="135"/>
        <source>Remove it from its availability group (ALTER AVAILABILITY GROUP … REMOVE DATABASE %1), or link it with a script that reuses that group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="139"/>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="145"/>
        <source>Transparent data encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="140"/>
        <source>The database is encrypted with TDE; the managed instance can restore it only with the TDE certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="142"/>
        <source>Migrate the TDE certificate to the managed instance before creating the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="146"/>
        <source>The database is encrypted with TDE; replicating from the managed instance needs a customer-managed key, service-managed keys are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="148"/>
        <source>Use a customer-managed TDE key (Azure Key Vault) on the managed instance, and make it available to SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="172"/>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="173"/>
        <source>Not verified (offline): typed in, not read from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="174"/>
        <source>Not verified: typed in, not read from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="176"/>
        <source>Check that it is ONLINE, in the FULL recovery model with a full backup, with one log file and no FILESTREAM data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/DatabaseEligibility.cpp" line="178"/>
        <source>Check that it exists on the managed instance and is ONLINE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailoverOptions</name>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="12"/>
        <source>Always-up-to-date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="13"/>
        <source>SQL Server 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="14"/>
        <source>SQL Server 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="17"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="25"/>
        <source>SQL Server %1 replicates one way only, to the managed instance: a failover breaks the link and there is no failback to SQL Server. Failback needs SQL Server 2022 or 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="32"/>
        <source>The managed instance uses the Always-up-to-date update policy: its databases can never replicate or fail back to SQL Server. Only a managed instance with the SQL Server 2022 or 2025 update policy can fail back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="37"/>
        <source>The managed instance&apos;s update policy is not known, and a failback to SQL Server %1 needs the update policy SQL Server %1. Sign in to Azure so milink can read it, or declare it in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="43"/>
        <source>A failover from the managed instance to SQL Server %1 needs the managed instance&apos;s update policy SQL Server %1; this instance uses %2, so its databases cannot run on SQL Server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="50"/>
        <source>The link was created one-way (failover mode None in Azure): it cannot replicate from the managed instance to SQL Server. Only a link created two-way can fail back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="63"/>
        <source>%1 is already the primary; a failover goes to the secondary, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="85"/>
        <source>The failover removes the link: afterwards both copies are independent and the managed instance cannot replicate back to SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="93"/>
        <source>Keeping the link needs ALTER AVAILABILITY GROUP … FAILOVER on SQL Server, which needs SQL Server 2022 CU13 (16.0.4125.3) or later, or SQL Server 2025; this server runs %1. Update SQL Server to keep the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="102"/>
        <source>the managed instance (the secondary), through Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="104"/>
        <source>Delete the link in Azure without waiting for SQL Server; the managed instance&apos;s databases become read/write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="106"/>
        <source>Azure failover with failoverType ForcedAllowDataLoss on the managed instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="108"/>
        <source>Transactions the managed instance has not received yet are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="110"/>
        <source>If SQL Server is still running or comes back, both sides are primary (split brain) until the repair is run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="114"/>
        <source>SQL Server (the primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="115"/>
        <source>Switch to synchronous commit, wait until both sides have hardened the same log, then fail over with ALTER AVAILABILITY GROUP … FAILOVER on SQL Server (link kept) or delete the link in Azure (link removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="137"/>
        <source>A forced failover to SQL Server runs ALTER AVAILABILITY GROUP … FORCE_FAILOVER_ALLOW_DATA_LOSS on SQL Server, which needs SQL Server 2022 CU13 (16.0.4125.3) or later, or SQL Server 2025; this server runs %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="148"/>
        <source>SQL Server (the secondary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="149"/>
        <source>ALTER AVAILABILITY GROUP … FORCE_FAILOVER_ALLOW_DATA_LOSS on SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="151"/>
        <source>Transactions SQL Server has not received yet are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="153"/>
        <source>If the managed instance is still running or comes back, both sides are primary (split brain) until the repair is run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="157"/>
        <source>the managed instance (the primary), through Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="158"/>
        <source>Switch to synchronous commit, wait until both sides have hardened the same log, then Azure failover with failoverType Planned on the managed instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="169"/>
        <source>SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="169"/>
        <source>the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="190"/>
        <source>SQL Server %1 cannot use the Managed Instance link, so it has no failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FailoverOptions.cpp" line="193"/>
        <source>The SQL Server version is not known. Connect to SQL Server so milink can read it.</source>
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
    <name>LinkErrorExplainer</name>
    <message>
        <location filename="../models/monitor/LinkErrorExplainer.cpp" line="19"/>
        <source>The replicas no longer share log: log was truncated (for example by a log backup) while the database was seeding. Delete the link and create it again; keep trace flag 12381 on or pause log backups until seeding finishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkErrorExplainer.cpp" line="25"/>
        <source>The log on the two replicas does not match because it was truncated during seeding. Delete the link and create it again with log backups paused or trace flag 12381 on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkErrorExplainer.cpp" line="30"/>
        <source>The database needs a new backup chain. Take a full backup without COPY_ONLY, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkErrorExplainer.cpp" line="34"/>
        <source>The transaction log is full; replication stops until log space is freed. Take a log backup (after seeding) or grow the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkErrorExplainer.cpp" line="38"/>
        <source>The connection between SQL Server and the managed instance timed out. Check the network path in both directions (port 5022 to SQL Server, 5022 and 11000–11999 to the managed instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkErrorExplainer.cpp" line="43"/>
        <source>The link did not connect within five minutes of its creation. Usually the network: check that the managed instance reaches SQL Server&apos;s mirroring endpoint and the other way round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkErrorExplainer.cpp" line="48"/>
        <source>The managed instance does not trust SQL Server&apos;s endpoint certificate (missing, stale or expired server trust certificate). Upload the current certificate again or rotate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkErrorExplainer.cpp" line="53"/>
        <source>SQL Server does not trust the managed instance&apos;s endpoint certificate: create the certificate named after the instance&apos;s FQDN from its public key and register the root certificates with sp_certificate_add_issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkErrorExplainer.cpp" line="59"/>
        <source>An availability group of the link is not responding. Check that the AG names of the link resource match the distributed availability group&apos;s members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkErrorExplainer.cpp" line="64"/>
        <source>The target database is not responding. Check the link&apos;s parameters and the database on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkErrorExplainer.cpp" line="68"/>
        <source>The connection failed or the secondary does not respond. Check endpoint names, ports (the partner endpoint must be SQL Server&apos;s mirroring endpoint port) and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkErrorExplainer.cpp" line="73"/>
        <source>A two-way link needs matching database formats: match the managed instance&apos;s update policy to the SQL Server version, or create a one-way link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkErrorExplainer.cpp" line="78"/>
        <source>The secondary did not receive the request. Check the health of the availability group and database on the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkErrorExplainer.cpp" line="99"/>
        <source>Creating the link failed on the managed instance (often error 41977 or, after a log backup during seeding, 1408). Check the most recent error, then delete the link and create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkErrorExplainer.cpp" line="103"/>
        <source>The link reports an error state (%1). Check the most recent error on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkHealthRules</name>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="23"/>
        <source>%1 expired on %2: the link cannot connect. Rotate the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/monitor/LinkHealthRules.cpp" line="28"/>
        <source>%1 expires in %n day(s) (%2). Rotate it before then.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="40"/>
        <source>The log on %1 is %2% full; at 100% replication stops. Take a log backup or grow the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="46"/>
        <source>The log on %1 is %2% full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="59"/>
        <source>Split brain: SQL Server and the managed instance are both primary. Writes on both sides diverge; back up the copy to give up, make it secondary, then let the link resynchronize (milink&apos;s repair-split-brain operation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="64"/>
        <source>The link is in the error state %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="66"/>
        <source>Seeding failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="70"/>
        <source>SQL Server and the managed instance are not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="71"/>
        <source>SQL Server and the managed instance are not connected yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="74"/>
        <source>The secondary is not synchronizing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="76"/>
        <source>The link is only partially healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="84"/>
        <source>SQL Server has the distributed availability group %1, but Azure has no link of that name on the managed instance. Create the link resource or drop the leftover availability groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="90"/>
        <source>Azure has the link %1, but SQL Server has no distributed availability group of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="96"/>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="99"/>
        <source>The secondary is %1 seconds behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="101"/>
        <source>SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="102"/>
        <source>the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="103"/>
        <source>SQL Server&apos;s endpoint certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="105"/>
        <source>The managed instance&apos;s certificate on SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkHealthRules.cpp" line="111"/>
        <source>Not every source answered, so this row may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkRoles</name>
    <message>
        <location filename="../models/failover/LinkRoles.cpp" line="17"/>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LinkRoles.cpp" line="18"/>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LinkRoles.cpp" line="21"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LinkRoles.cpp" line="48"/>
        <source>Both SQL Server (%1) and the managed instance (%2) report the primary role for %3: the link is in split brain, usually after a forced failover while the other side was unreachable. Neither side replicates until one of them is made secondary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LinkRoles.cpp" line="55"/>
        <source>The roles of %1 could not be read. Check the connections to SQL Server and Azure, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LinkRoles.cpp" line="59"/>
        <source>SQL Server is the primary of %1; the managed instance is the secondary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LinkRoles.cpp" line="61"/>
        <source>The managed instance is the primary of %1; SQL Server is the secondary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/SplitBrainDetector.cpp" line="54"/>
        <source>SQL Server&apos;s DMVs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/SplitBrainDetector.cpp" line="83"/>
        <source>the managed instance&apos;s DMVs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/SplitBrainDetector.cpp" line="97"/>
        <location filename="../models/failover/SplitBrainDetector.cpp" line="102"/>
        <source>Azure</source>
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
        <location filename="../models/plan/PlanBuilder.cpp" line="227"/>
        <source>Check that Always On availability groups are enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="228"/>
        <source>The link is a distributed availability group, so SQL Server must have the Always On availability groups feature enabled (SERVERPROPERTY(&apos;IsHadrEnabled&apos;) = 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="232"/>
        <source>Always On availability groups are not enabled on this SQL Server. Enable them in SQL Server Configuration Manager (Windows) or with mssql-conf set hadr.hadrenabled 1 (Linux), restart SQL Server and run this script again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="244"/>
        <source>Use the full recovery model for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="245"/>
        <source>The link replicates the transaction log, which needs the FULL recovery model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="264"/>
        <source>Take a full backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="265"/>
        <source>Seeding needs an unbroken log chain, which starts with a full backup. milink takes one only when none exists, WITH CHECKSUM and never COPY_ONLY (a copy-only backup does not start a chain; SQL Server error 1475 asks for this backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="281"/>
        <source>Directory on the SQL Server host for full backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="286"/>
        <source>Check that %1 has a full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="287"/>
        <source>Automatic seeding starts from the log chain of a full backup that is not COPY_ONLY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="291"/>
        <source>The database %1 has no full backup. Take one with BACKUP DATABASE … WITH CHECKSUM (not COPY_ONLY), or export the scripts again with --full-backup, and run this script again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="303"/>
        <source>Create the SQL Server endpoint certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="304"/>
        <source>The mirroring endpoint authenticates to the managed instance with this certificate; its private key is protected by the master key. When no expiry date is set, it expires one year after this statement runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="326"/>
        <source>The query prints the certificate&apos;s public key (0x…): pass it to the next Azure script as SqlCertificatePublicKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="330"/>
        <source>Public key of the SQL Server endpoint certificate (0x…), uploaded to the managed instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="339"/>
        <source>Upload the SQL Server certificate %1 to the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="340"/>
        <source>The managed instance trusts SQL Server&apos;s endpoint only with its public key stored as a server trust certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="366"/>
        <source>Create or adjust the database mirroring endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="367"/>
        <source>The managed instance connects to this endpoint on port %1. It must use certificate authentication with %2 and AES encryption. An existing endpoint is altered, keeping Windows authentication (WINDOWS NEGOTIATE CERTIFICATE) for availability groups that already use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="411"/>
        <source>The existing database mirroring endpoint listens on another port than %1. Set endpoint.port in the project to that port (SQL Server has one mirroring endpoint) and export the scripts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="417"/>
        <source>Afterwards, sys.database_mirroring_endpoints shows STARTED, encryption AES and the certificate. Allow inbound TCP %1 from the managed instance&apos;s subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="424"/>
        <source>Drop the database mirroring endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="441"/>
        <source>Create the database master key in master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="442"/>
        <source>The master key protects the private key of the endpoint certificate. The password is a parameter and is never written into a script or a project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="453"/>
        <source>MasterKeyPassword is empty. Pass the master key password as the sqlcmd variable MasterKeyPassword.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="457"/>
        <source>Keep the master key password in your password safe; SQL Server asks for it when master is restored elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="463"/>
        <source>Drop the database master key in master</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="469"/>
        <source>Password of the database master key in master (secret; only needed when master has no master key yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="482"/>
        <source>Download the managed instance&apos;s endpoint certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="483"/>
        <source>SQL Server must trust the public key of the managed instance&apos;s DATABASE_MIRRORING endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="494"/>
        <source>The Azure CLI prints the key without 0x; the scripts accept it either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="497"/>
        <source>Public key of the managed instance&apos;s mirroring endpoint certificate (hex, with or without 0x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="504"/>
        <source>Trust the managed instance&apos;s certificate on SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="505"/>
        <source>Creates the certificate named exactly after the managed instance (%1) from its public key; SQL Server finds it by that name when the managed instance connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="524"/>
        <source>MiEndpointCertificate is not a hexadecimal public key. Pass the value the Azure script printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="532"/>
        <source>Drop the managed instance&apos;s certificate %1 on SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="541"/>
        <source>Trust the root certificate %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="542"/>
        <source>Imports the public root certificate %1 (%2) and registers it as an issuer for %3 with sp_certificate_add_issuer, so SQL Server accepts the managed instance&apos;s certificate chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="548"/>
        <source>The issuer pattern %1 for this cloud follows the cloud&apos;s SQL DNS suffix; Microsoft documents only *.database.windows.net, so this pattern and these roots are unconfirmed for this cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="570"/>
        <source>Drop the root certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="614"/>
        <source>Wait until the managed instance is connected for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="615"/>
        <source>The link is usable once SQL Server sees the managed instance&apos;s replica of the distributed availability group as CONNECTED (usually within a minute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="622"/>
        <source>The link is usable once the managed instance has connected and started seeding: the database then appears on SQL Server (usually within a minute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="644"/>
        <source>The managed instance did not connect to %1 within 10 minutes. Check the last_connect_error columns above, the network path to port %2 in both directions and the certificates (errors 41973/41974), then run this script again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="655"/>
        <source>Create the link (SQL Server initial primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="656"/>
        <source>Prepares SQL Server (recovery model, backups, master key, certificates, endpoint), exchanges certificates with the managed instance, creates one availability group and one distributed availability group per database, creates the link in Azure and waits for the connection and for seeding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="668"/>
        <source>Create the availability group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="669"/>
        <source>An availability group on SQL Server holding %1; the distributed availability group joins it to the managed instance. An existing group of that name is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="677"/>
        <location filename="../models/plan/PlanBuilder.cpp" line="821"/>
        <source>Create the distributed availability group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="678"/>
        <source>Joins %1 on SQL Server with %2 on the managed instance. It shows as disconnected until the link is created in Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="701"/>
        <location filename="../models/plan/PlanBuilder.cpp" line="844"/>
        <source>Create the link %1 in Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="702"/>
        <source>Creates the managed instance&apos;s side of the distributed availability group (instanceLinkRole Secondary); the managed instance then connects to SQL Server and seeding starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="740"/>
        <source>Wait until %1 is seeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="741"/>
        <source>Automatic seeding copies the database to the managed instance; the link replicates once the managed instance&apos;s copy is synchronizing. Large databases take hours; seeding restarts after an interruption and is cancelled after six days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="763"/>
        <source>Seeding of %1 did not finish in six days; the service cancels it then. Check the seeding progress above and the link&apos;s state in Azure, then delete and recreate the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="770"/>
        <source>Until seeding finishes, take no log backups of %1 on SQL Server (unless trace flag 12381 is on): a truncated log forces the seeding to start over (errors 1408/1412).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="777"/>
        <source>During seeding, take no transaction log backups on SQL Server unless trace flag 12381 is enabled; afterwards, schedule regular log backups again, or the log grows until replication stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="782"/>
        <source>The project asks for synchronous replication; the link is created asynchronous. After seeding, run the set-replication-mode operation with --mode sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="785"/>
        <source>Repeat the certificate steps before the SQL Server certificate expires (operation rotate-certificate); an expired certificate stops the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="792"/>
        <source>Create the link (managed instance initial primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="793"/>
        <source>Prepares SQL Server&apos;s certificates and endpoint, creates an empty availability group that may create the databases, a distributed availability group per database, and the link in Azure with the managed instance as primary; the managed instance then seeds each database to SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="803"/>
        <source>Create the availability group %1 without a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="805"/>
        <source>The database %1 arrives from the managed instance by seeding, so the group starts empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="812"/>
        <source>Let %1 create the seeded database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="813"/>
        <source>Automatic seeding creates the database on SQL Server only when the availability group may create databases. Granting twice is harmless, so this step always runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="822"/>
        <source>Joins %1 with %2 on the managed instance; the managed instance&apos;s listener URL names the database %3 it sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="845"/>
        <source>Creates the link with the managed instance as primary (instanceLinkRole Primary, failoverMode Manual); the managed instance then seeds %1 to SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="874"/>
        <source>A managed instance database encrypted with a service-managed key cannot replicate to SQL Server; use a customer-managed TDE key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="883"/>
        <source>Wait until %1 is seeded to SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="884"/>
        <source>The database appears on SQL Server as restoring and then synchronizing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="895"/>
        <source>Seeding of %1 did not finish in six days. Check the link&apos;s state in Azure, then delete and recreate the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="901"/>
        <source>The managed instance backs its databases up automatically; SQL Server needs no log backups while it is the secondary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="912"/>
        <source>Set %1 to %2 on SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="913"/>
        <source>Changes the commit mode of both members of the distributed availability group. Run it where the link is primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="933"/>
        <source>Set the replication mode of %1 to %2 in Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="934"/>
        <source>Sets the link&apos;s replicationMode on the managed instance&apos;s side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="952"/>
        <source>Set the replication mode to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="953"/>
        <source>Changes the commit mode of each link on SQL Server (T-SQL) and in Azure. Synchronous commit waits for the managed instance on every commit; asynchronous is recommended for normal operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="961"/>
        <source>Update link.replicationMode in the project file to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="983"/>
        <source>Wait until %1 is synchronized and read its hardened LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="985"/>
        <source>With the workload stopped and synchronous commit, the secondary catches up. The primary&apos;s last hardened LSN is then compared with the secondary&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="996"/>
        <source>%1 did not reach SYNCHRONIZED in 30 minutes. Check that the workload is stopped and the link is healthy, then run this script again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1005"/>
        <source>Last hardened LSN of %1 on the primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1011"/>
        <source>Wait until the secondary has hardened the same LSN for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1013"/>
        <source>No data is lost only when both sides report the same last hardened LSN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1026"/>
        <source>The secondary&apos;s hardened LSN of %1 did not reach the primary&apos;s within 10 minutes. Do not fail over: check the link&apos;s health, then run the scripts again from the synchronization step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1039"/>
        <source>Check that %1 is not changing any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1040"/>
        <source>If the primary&apos;s hardened LSN moved since it was read, the workload is still writing and a failover would lose those transactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1050"/>
        <source>The hardened LSN of %1 changed: the workload is still writing. Stop it and run the scripts again from the synchronization step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="729"/>
        <location filename="../models/plan/PlanBuilder.cpp" line="873"/>
        <location filename="../models/plan/PlanBuilder.cpp" line="1061"/>
        <source>Delete the link %1 in Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1062"/>
        <source>Breaks the link on the managed instance&apos;s side; the managed instance&apos;s copy of %1 becomes an independent read/write database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1080"/>
        <source>Wait for the managed instance&apos;s first full backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1082"/>
        <source>Once %1 is read/write on the managed instance, the service takes a full backup automatically. Until it exists, the copy on SQL Server is the only restorable one, so the link&apos;s SQL Server objects stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1097"/>
        <source>The managed instance has no full backup of %1 after four hours. Check the instance&apos;s backups in the Azure portal before you continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="695"/>
        <location filename="../models/plan/PlanBuilder.cpp" line="839"/>
        <location filename="../models/plan/PlanBuilder.cpp" line="1108"/>
        <source>Drop the distributed availability group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1109"/>
        <source>Removes the link&apos;s remaining object on SQL Server after the Azure side was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="607"/>
        <location filename="../models/plan/PlanBuilder.cpp" line="1120"/>
        <source>Drop the availability group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1121"/>
        <source>Removes the availability group that held %1 for the link; the database itself stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1139"/>
        <source>Forced failover to the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1140"/>
        <source>Planned failover to the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1141"/>
        <source>Forced failover to SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1142"/>
        <source>Planned failover to SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1144"/>
        <source>, removing the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1147"/>
        <source>This link is one-way (SQL Server 2016–2019, or a link created one-way), so the failover removes it: there is no way back to SQL Server through the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1184"/>
        <source>Stop the workload on SQL Server first. The plan switches to synchronous commit, waits until both sides have hardened the same log, then %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1187"/>
        <source>deletes the link so the managed instance&apos;s databases become read/write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1190"/>
        <source>fails over with T-SQL on SQL Server, keeping the link in the other direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1204"/>
        <source>Fail %1 over to the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1205"/>
        <source>ALTER AVAILABILITY GROUP … FAILOVER on SQL Server (2022 CU13 or later): SQL Server becomes the secondary and the link replicates from the managed instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1218"/>
        <source>For a disaster on SQL Server: the managed instance (the secondary) becomes primary without waiting for SQL Server. Transactions it has not received are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1225"/>
        <source>Run the SQL Server part only when SQL Server is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1232"/>
        <source>Force %1 to fail over to the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1234"/>
        <source>Azure failover with failoverType ForcedAllowDataLoss, run against the managed instance (the secondary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1238"/>
        <source>If SQL Server comes back, both sides are primary (split brain). Run the repair-split-brain operation before writing on SQL Server again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1243"/>
        <source>Stop the workload on the managed instance first. The plan switches the link to synchronous commit, waits until both sides have hardened the same log, fails over in Azure (planned), waits until SQL Server is primary and restores the replication mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1258"/>
        <source>Fail %1 over to SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1259"/>
        <source>Azure failover with failoverType Planned, accepted only while the managed instance is primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1265"/>
        <source>Wait until SQL Server is primary for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1266"/>
        <source>The role change reaches SQL Server within seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1271"/>
        <source>SQL Server did not become primary for %1 within 5 minutes. Check the link in Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1288"/>
        <source>For a disaster on the managed instance: SQL Server (the secondary) becomes primary without waiting. Transactions it has not received are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1294"/>
        <source>Force %1 to fail over to SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1295"/>
        <source>ALTER AVAILABILITY GROUP … FORCE_FAILOVER_ALLOW_DATA_LOSS on SQL Server, the secondary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1306"/>
        <source>If the managed instance comes back, both sides are primary (split brain). Run the repair-split-brain operation before writing on the managed instance again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1310"/>
        <source>Point the applications at the new primary (the managed instance&apos;s FQDN, or SQL Server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1317"/>
        <source>Delete the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1318"/>
        <source>Deletes each link in Azure, then drops the distributed availability group on SQL Server (and, if chosen, the availability group). Both copies of each database become independent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1334"/>
        <source>Drop the managed instance&apos;s certificate on SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1335"/>
        <source>Only when no distributed availability group on SQL Server still points at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1349"/>
        <source>Drop the database mirroring endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1350"/>
        <source>Only when no availability group is left on SQL Server: other groups use the same endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="477"/>
        <location filename="../models/plan/PlanBuilder.cpp" line="1366"/>
        <source>Drop the SQL Server endpoint certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1367"/>
        <source>Only when no endpoint uses it any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="358"/>
        <location filename="../models/plan/PlanBuilder.cpp" line="1377"/>
        <source>Delete the server trust certificate %1 in Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1378"/>
        <source>Only when the managed instance has no other link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1393"/>
        <source>The root certificates MicrosoftPKI and DigiCertPKI and the master key stay: they are harmless and other links may need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1404"/>
        <source>Rotate the SQL Server endpoint certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1406"/>
        <source>Creates the certificate %1, uploads it to the managed instance, switches the mirroring endpoint to it, checks that every link reconnects, then drops %2 on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1417"/>
        <source>Switch the mirroring endpoint to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1418"/>
        <source>The endpoint keeps Windows authentication if it had it; connections re-establish with the new certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1439"/>
        <source>SQL Server has no database mirroring endpoint, so there is no certificate to rotate. Create the link first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1448"/>
        <source>Drop the old certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1449"/>
        <source>Only after the endpoint uses the new certificate and the links reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1459"/>
        <source>The endpoint still uses %1; the switch did not happen. Run the scripts again from the endpoint step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1468"/>
        <source>Delete the old server trust certificate %1 in Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1469"/>
        <source>The managed instance no longer needs the old public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1479"/>
        <source>Set certificate.name to %1 in the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1486"/>
        <source>Repair a split brain, keeping the managed instance primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1487"/>
        <source>Repair a split brain, keeping SQL Server primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1488"/>
        <source>After a forced failover both sides can be primary. This guided plan shows each side&apos;s role, backs up the side that gives up its changes, makes it secondary and waits for the link to reconnect. Changes made on that side after the forced failover are lost from the link; only the backup keeps them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1496"/>
        <source>Show SQL Server&apos;s role for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1497"/>
        <source>PRIMARY on both sides means split brain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1508"/>
        <source>Show the managed instance&apos;s role for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1509"/>
        <source>READ_WRITE means the managed instance acts as primary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1519"/>
        <source>Back up the log of %1 on SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1520"/>
        <source>Keeps the transactions SQL Server accepted after the forced failover, before SQL Server becomes secondary and they leave the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1533"/>
        <source>Directory on the SQL Server host for the log backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1537"/>
        <source>Make SQL Server secondary for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1538"/>
        <source>ALTER AVAILABILITY GROUP … SET (ROLE = SECONDARY) on SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1547"/>
        <source>Take a copy-only backup of %1 on the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1549"/>
        <source>Keeps the transactions the managed instance accepted after the forced failover. Needs a credential for the storage container on the managed instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1563"/>
        <source>Storage container URL for the managed instance&apos;s copy-only backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1568"/>
        <source>Make the managed instance secondary for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1569"/>
        <source>Azure setRole with instanceRole Secondary and roleChangeType Forced (no cmdlet or CLI command exists for this call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1590"/>
        <source>The repair is done once the side that stays primary sees its partner&apos;s replica of the distributed availability group as CONNECTED again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1596"/>
        <source>Microsoft&apos;s troubleshooting guide follows the demotion with ALTER AVAILABILITY GROUP … FAILOVER on the managed instance; what that statement does in this situation is not confirmed, so milink does not run it. Check the link&apos;s state on both sides and in Azure before you resume the workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1611"/>
        <source>&quot;%1&quot; contains &quot;$(&quot;, which sqlcmd and milink read as a script parameter. Rename the object so the name has no &quot;$(&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1633"/>
        <source>The database %1 is not part of this project. Give one of the names under databases[].name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1639"/>
        <source>No database is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1645"/>
        <source>The managed instance&apos;s host name is empty; the certificate on SQL Server must be named exactly after it. Enter fullyQualifiedDomainName as the Azure portal shows it (name.zone.database.windows.net).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1652"/>
        <source>The host name %1 has no DNS suffix after the instance name and zone, so the root certificates cannot be registered for it. Enter the full host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1659"/>
        <source>The host name %1 is longer than %2 characters, so SQL Server cannot hold a certificate named after it. Check the managed instance&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1669"/>
        <source>%1 is needed for this operation. Add %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1676"/>
        <source>%1 &quot;%2&quot; contains a quote or a control character, which cannot be passed safely as a script parameter. Choose another location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1687"/>
        <source>A backup directory on the SQL Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1691"/>
        <source>A directory on the SQL Server host for the log backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/plan/PlanBuilder.cpp" line="1694"/>
        <source>A storage container URL for the copy-only backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preflight</name>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="46"/>
        <source>Not verified: the wizard works offline and did not connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="53"/>
        <source>Not verified: SQL Server was not read (go back to the SQL Server page and connect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="60"/>
        <source>Not verified: the managed instance was not read from Azure (go back to the Azure page and sign in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="73"/>
        <source>Always-up-to-date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="74"/>
        <source>SQL Server 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="75"/>
        <source>SQL Server 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="78"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="109"/>
        <location filename="../models/preflight/Preflight.cpp" line="119"/>
        <location filename="../models/preflight/Preflight.cpp" line="122"/>
        <source>sysadmin on SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="111"/>
        <source>Make sure the login used is a member of sysadmin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="112"/>
        <location filename="../models/preflight/Preflight.cpp" line="127"/>
        <location filename="../models/preflight/Preflight.cpp" line="130"/>
        <source>Always On availability groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="114"/>
        <source>Check that SERVERPROPERTY(&apos;IsHadrEnabled&apos;) returns 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="115"/>
        <location filename="../models/preflight/Preflight.cpp" line="135"/>
        <location filename="../models/preflight/Preflight.cpp" line="138"/>
        <source>Database master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="120"/>
        <source>The login is a member of sysadmin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="123"/>
        <source>The login is not a member of sysadmin; creating certificates, the endpoint and availability groups needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="125"/>
        <source>Connect with a sysadmin login, or ask for the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="128"/>
        <source>Always On is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="131"/>
        <source>Always On availability groups are not enabled on SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="132"/>
        <source>Enable them in SQL Server Configuration Manager (Linux: mssql-conf set hadr.hadrenabled 1) and restart the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="136"/>
        <source>master has a database master key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="139"/>
        <source>master has no database master key; the wizard creates one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="140"/>
        <source>Keep the master key password you type on the summary in a safe place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="195"/>
        <source>Update policy, direction and failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="200"/>
        <source>SQL Server&apos;s version is not known, so the update policy cannot be compared with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="202"/>
        <source>Connect to SQL Server, or declare its version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="208"/>
        <source>Choose a managed instance whose update policy matches SQL Server, or create a one-way link from SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="215"/>
        <source>The declared update policy (%1) suits the link, but it was not read from Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="217"/>
        <source>Check the update policy in the Azure portal (managed instance → Maintenance and updates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="221"/>
        <source>A one-way link from SQL Server works with every update policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="224"/>
        <source>The managed instance&apos;s update policy matches SQL Server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="230"/>
        <source>Managed instance state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="233"/>
        <source>Not verified: the managed instance was not read from Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="234"/>
        <source>Check in the Azure portal that the instance is Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="238"/>
        <source>%1 is Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="241"/>
        <source>%1 is %2, not Ready; a link can only be created on a running instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="242"/>
        <source>in an unknown state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="243"/>
        <source>Start the managed instance (or wait for its current operation to finish), then read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="252"/>
        <source>Collation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="256"/>
        <source>Not verified: the collations of both servers are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="257"/>
        <source>Compare SERVERPROPERTY(&apos;Collation&apos;) on both servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="260"/>
        <source>Both servers use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="263"/>
        <source>SQL Server uses %1 and the managed instance %2. A mismatch can change how server names are cased and keep the link from connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="266"/>
        <source>Prefer a managed instance with the same collation; otherwise make sure the names passed to Azure use SQL Server&apos;s exact case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="274"/>
        <source>Service tier and memory-optimized databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="277"/>
        <source>Not verified: the databases were not read on SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="278"/>
        <location filename="../models/preflight/Preflight.cpp" line="297"/>
        <source>Databases with memory-optimized tables need a Business Critical managed instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="291"/>
        <source>No selected database has memory-optimized tables; every service tier can hold them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="295"/>
        <source>Not verified: the managed instance&apos;s service tier was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="302"/>
        <source>%1 %2 memory-optimized tables, which only a Business Critical managed instance can hold; %3 is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="305"/>
        <source>has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="305"/>
        <source>have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="308"/>
        <source>Choose a Business Critical managed instance, or leave these databases out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="312"/>
        <source>Whether %1 use memory-optimized tables is not known; %2 is not Business Critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="315"/>
        <source>Check sys.filegroups for type FX in those databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="318"/>
        <source>%1 is Business Critical and holds memory-optimized tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="323"/>
        <source>Links per managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="326"/>
        <source>Not verified: the instance&apos;s links were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="327"/>
        <source>A managed instance holds at most %1 links (%2 on Next-gen General Purpose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="335"/>
        <source>%1 links after this one (%2 exist); the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="343"/>
        <source>%1 links after this one: more than %2 are only possible on Next-gen General Purpose (up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="348"/>
        <source>Make sure the instance uses Next-gen General Purpose, or use another instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="350"/>
        <source>%1 links after this one exceed the limit of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="353"/>
        <source>Remove links that are no longer used, or use another managed instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="359"/>
        <source>Stale trust certificate on the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="364"/>
        <source>List the server trust certificates (az sql mi partner-cert list) and remove one named %1 that does not match SQL Server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="375"/>
        <source>The managed instance trusts no certificate named %1 yet; the wizard uploads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="379"/>
        <source>Remove the stale trust certificate %1 from the managed instance (Azure portal → Security → Trusted certificates, or az sql mi partner-cert delete --name %1), then validate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="387"/>
        <source>The managed instance trusts a certificate named %1, but SQL Server has no certificate of that name: it is left from an earlier attempt, and the new certificate cannot be uploaded under the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="395"/>
        <source>The managed instance trusts a certificate named %1; its thumbprint could not be compared with SQL Server&apos;s (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="399"/>
        <source>SQL Server&apos;s certificates were not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="401"/>
        <source>Compare the thumbprint in sys.certificates with az sql mi partner-cert show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="410"/>
        <source>The thumbprint of %1 is missing on one side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="414"/>
        <source>The managed instance already trusts SQL Server&apos;s certificate %1 (same thumbprint); it is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="419"/>
        <source>The managed instance trusts a certificate named %1 whose thumbprint (%2) differs from SQL Server&apos;s (%3): it is stale, and the link would fail although everything else checks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="429"/>
        <source>SQL Server&apos;s certificate trusted under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="435"/>
        <source>Not verified: SQL Server&apos;s certificate thumbprints were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="444"/>
        <source>SQL Server&apos;s certificate %1 is new; it cannot be trusted under another name yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="451"/>
        <source>The managed instance already trusts SQL Server&apos;s certificate %1 under the name %2; Azure refuses to upload the same public key twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="454"/>
        <source>Use the certificate name %1 on the Endpoint page, or remove that trust certificate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="459"/>
        <source>The certificate is not trusted under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="464"/>
        <source>Names free on SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="467"/>
        <source>Check sys.availability_groups for the availability group and link names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="478"/>
        <source>availability group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="482"/>
        <source>distributed availability group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="488"/>
        <source>An earlier run of this link created: %1. The run resumes and skips them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="490"/>
        <location filename="../models/preflight/Preflight.cpp" line="535"/>
        <source>Nothing to do; to start over instead, roll back the earlier run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="493"/>
        <source>No availability group on SQL Server uses the link&apos;s names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="495"/>
        <source>SQL Server already has: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="496"/>
        <source>Choose other names on the Link Options page, or remove the leftovers of an earlier attempt (drop the distributed availability group, then the availability group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="503"/>
        <source>Names free on the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="506"/>
        <source>List the instance&apos;s links (az sql mi link list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="515"/>
        <location filename="../models/preflight/Preflight.cpp" line="519"/>
        <source>link %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="522"/>
        <source>availability group %1 (link %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="526"/>
        <source>database %1 (link %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="533"/>
        <source>An earlier run of this link created: %1. The run resumes and skips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="538"/>
        <source>No link on the managed instance uses these names or databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="542"/>
        <source>The managed instance already has: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="543"/>
        <source>Choose other names, or delete the old link first (it is left from an earlier attempt if nobody uses it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="549"/>
        <source>SQL Server endpoint certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="556"/>
        <source>The certificate %1 does not exist yet; the wizard creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="561"/>
        <source>The certificate %1 exists, but its private key is not encrypted by the database master key, so the endpoint cannot use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="565"/>
        <source>Choose another certificate name, or re-create %1 with the master key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="570"/>
        <source>The certificate %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="572"/>
        <source>Choose a new certificate name to create a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="574"/>
        <source>The existing certificate %1 is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="579"/>
        <source>Certificate expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="590"/>
        <source>The new certificate is valid for one year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="596"/>
        <source>The certificate %1 expires on %2, which is not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="599"/>
        <source>Choose a later expiry date on the Endpoint page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="602"/>
        <source>The certificate %1 expires in %2 days (%3); the link stops when it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="607"/>
        <source>Choose a later date, or plan the certificate rotation now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="610"/>
        <source>The certificate %1 is valid until %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="615"/>
        <source>Database mirroring endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="621"/>
        <source>SQL Server has no database mirroring endpoint; the wizard creates %1 on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="629"/>
        <source>SQL Server already has the database mirroring endpoint %1 on port %2, and an instance can have only one (Msg 7862); the link is set up for %3 on port %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="635"/>
        <source>Choose &quot;Reuse the existing endpoint&quot; on the Endpoint page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="638"/>
        <source>authentication %1 becomes WINDOWS NEGOTIATE CERTIFICATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="642"/>
        <source>encryption becomes REQUIRED ALGORITHM AES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="644"/>
        <source>the endpoint is started (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="648"/>
        <source>The endpoint %1 suits the link and is reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="650"/>
        <source>The endpoint %1 is reused and altered: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="652"/>
        <source>Other availability groups or mirroring sessions on this endpoint keep working; check that their partners also accept certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="659"/>
        <source>Endpoint port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="663"/>
        <source>%1 is not a TCP port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="664"/>
        <source>Use a port between 1 and 65535, normally 5022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="667"/>
        <source>Port %1 is SQL Server&apos;s own client port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="668"/>
        <source>Use another port for the endpoint, normally 5022.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="673"/>
        <source>Not verified: the endpoints were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="676"/>
        <source>Check sys.tcp_endpoints for port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="680"/>
        <source>The %1 endpoint %2 already listens on port %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="683"/>
        <source>Choose another port on the Endpoint page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="686"/>
        <source>No other endpoint uses port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="691"/>
        <source>Address the managed instance connects to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="695"/>
        <source>No address is given for SQL Server&apos;s endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="696"/>
        <source>Type SQL Server&apos;s host name or IP address (or the listener IP of an existing availability group) on the Endpoint page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="707"/>
        <source>%1 is neither an IP address nor a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="708"/>
        <source>Correct the address on the Endpoint page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="710"/>
        <source>%1 is a host name: the managed instance must resolve it through its virtual network&apos;s DNS, or creating the link fails with UnableToResolveRemoteServer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="714"/>
        <source>Use SQL Server&apos;s IP address unless the instance&apos;s DNS resolves this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="720"/>
        <source>%1 is a loopback address the managed instance cannot reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="721"/>
        <source>Use SQL Server&apos;s address in its network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="723"/>
        <source>The managed instance connects to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="728"/>
        <source>Log backups during seeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="731"/>
        <source>The managed instance seeds SQL Server; log backups on SQL Server do not interfere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="738"/>
        <source>Not verified: SQL Agent&apos;s jobs were not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="740"/>
        <source>Look for SQL Agent jobs or maintenance plans with BACKUP LOG on these databases, and pause them until seeding completes: a log backup during seeding breaks the link (errors 1408/1412).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="756"/>
        <source>%1 (step %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="760"/>
        <source>No enabled SQL Agent job backs up the logs of these databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="762"/>
        <source>Backup tools outside SQL Agent are not seen here; pause them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="766"/>
        <source>These SQL Agent jobs back up the log of a selected database: %1. A log backup while seeding runs breaks the link (errors 1408/1412 on the managed instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="769"/>
        <source>Disable these jobs until seeding completes, then enable them again: after seeding, regular log backups keep the log from filling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="775"/>
        <source>Transaction log space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="780"/>
        <source>Not verified: log space was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="783"/>
        <source>Run DBCC SQLPERF(LOGSPACE) and make room before seeding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="789"/>
        <source>%1 (%2 % used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="793"/>
        <source>The log is nearly full in %1; while seeding runs the log cannot be truncated and may fill (error 9002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="796"/>
        <source>Back up the log or grow the log file before creating the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="801"/>
        <source>The log space of %1 was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="802"/>
        <source>Run DBCC SQLPERF(LOGSPACE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="804"/>
        <source>Every selected database has log space left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="809"/>
        <source>Transparent data encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="812"/>
        <source>The managed instance&apos;s TDE protector is not read here: a database encrypted with the service-managed key cannot replicate to SQL Server (DbEncryptedWithSmk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="815"/>
        <source>Check that the instance uses a customer-managed key (Security → Transparent data encryption).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="826"/>
        <source>No selected database uses TDE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="828"/>
        <source>%1 %2 encrypted with TDE: the managed instance can only open them once it has the TDE certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="831"/>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="831"/>
        <source>are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="832"/>
        <source>Migrate the TDE certificate to the managed instance before creating the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="838"/>
        <source>Azure read permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="844"/>
        <source>The managed instance&apos;s endpoint certificate could not be read (Microsoft.Sql/managedInstances/endpointCertificates/read).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="847"/>
        <source>Ask for the SQL Managed Instance Contributor role on the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="850"/>
        <source>The instance, its links, trust certificates and endpoint certificate were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="859"/>
        <source>Azure write permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="861"/>
        <source>Not verified: Azure offers no harmless way to test a write before the first change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="863"/>
        <source>Make sure your account has SQL Managed Instance Contributor on the instance, or a role with distributedAvailabilityGroups write/delete/setRole, serverTrustCertificates write/delete and hybridCertificate/action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="874"/>
        <source>Network: SQL Server to the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="876"/>
        <source>Not verified from here: SQL Server must reach the managed instance&apos;s subnet on TCP 5022 and 11000–11999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="878"/>
        <source>On SQL Server&apos;s host run Test-NetConnection %1 -Port 5022 (and a port of 11000–11999), and check the instance&apos;s network security group allows them from SQL Server&apos;s address. A passing TCP test does not prove a firewall lets the link&apos;s own traffic through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="882"/>
        <source>&lt;managed instance&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="888"/>
        <source>SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="891"/>
        <source>Network: the managed instance to SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="892"/>
        <source>Not verified from here: the managed instance must reach TCP %1 on %2 (its outbound network security group rules, route table, on-premises and host firewalls).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/Preflight.cpp" line="896"/>
        <source>Test from the managed instance with a SQL Agent job (the connectivity test of Microsoft&apos;s link preparation guide: a TEST_ENDPOINT on SQL Server and a job running tnc %1 -Port %2 on the instance), and open the port in every firewall between them.</source>
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
    <name>RollbackPlanner</name>
    <message>
        <location filename="../models/run/RollbackPlanner.cpp" line="9"/>
        <source>Roll back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/RollbackPlanner.cpp" line="10"/>
        <source>Removes the objects this run created, newest first. Objects that existed before the run, or that the run found already in place, stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/RollbackPlanner.cpp" line="30"/>
        <source>Removes what the step “%1” created in this run.</source>
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
        <location filename="../models/run/RunJournal.cpp" line="106"/>
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
    <name>SqlServerRequirements</name>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="30"/>
        <source>Not verified (offline): milink does not connect to SQL Server in offline mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="32"/>
        <source>Not verified: SQL Server has not been read yet. Connect on the SQL Server page, or press Re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="63"/>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="212"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="64"/>
        <source>Check that SQL Server is Enterprise, Developer or Standard edition (SELECT SERVERPROPERTY(&apos;Edition&apos;)). Express and Web cannot use the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="67"/>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="93"/>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="96"/>
        <source>sysadmin permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="68"/>
        <source>The login that runs the scripts must be a member of the sysadmin server role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="70"/>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="238"/>
        <source>Always On availability groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="71"/>
        <source>Check that SERVERPROPERTY(&apos;IsHadrEnabled&apos;) returns 1; enable Always On and restart SQL Server if not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="73"/>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="257"/>
        <source>Database master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="74"/>
        <source>The scripts create a master key in master when none exists; have a strong password ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="76"/>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="271"/>
        <source>Trace flags 1800 and 9567</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="77"/>
        <source>Recommended: start SQL Server with -T1800 and -T9567 (check with DBCC TRACESTATUS(-1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="79"/>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="300"/>
        <source>Host operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="80"/>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="305"/>
        <source>SQL Server 2016 must run on Windows Server; Windows 10 and 11 client hosts are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="82"/>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="330"/>
        <source>Collation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="83"/>
        <source>Compare SERVERPROPERTY(&apos;Collation&apos;) with the managed instance&apos;s collation; they should match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="85"/>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="355"/>
        <source>Database mirroring endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="86"/>
        <source>An existing mirroring endpoint is reused and altered to certificate authentication with AES; note its port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="94"/>
        <source>The login is a member of the sysadmin server role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="97"/>
        <source>The login is not a member of the sysadmin server role, which creating certificates, the endpoint and availability groups requires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="100"/>
        <source>Connect with a login that is a member of sysadmin, or ask an administrator to run ALTER SERVER ROLE sysadmin ADD MEMBER for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="107"/>
        <source>Details that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="108"/>
        <source>Some details could not be read from SQL Server; the checks that depend on them are shown as not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="110"/>
        <source>Check the login&apos;s permissions (VIEW SERVER STATE), then press Re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="119"/>
        <source>Supported SQL Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="123"/>
        <source>The server connected to is an Azure SQL Managed Instance, not SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="124"/>
        <source>Go back to the SQL Server page and enter the SQL Server that holds the databases; the managed instance is chosen on the Azure page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="132"/>
        <source>Not verified (offline): no SQL Server version was typed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="133"/>
        <source>Not verified: SQL Server has not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="134"/>
        <source>Type the version as SERVERPROPERTY(&apos;ProductVersion&apos;) reports it (for example 16.0.4125.3) on the SQL Server page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="137"/>
        <source>The SQL Server version could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="138"/>
        <source>Press Re-run; if it persists, check the login&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="141"/>
        <source> (as typed in, not read from the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="146"/>
        <source>%1%2 cannot use the Managed Instance link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="147"/>
        <source>Upgrade to SQL Server 2016 SP3 with the Azure Connect pack or later (2019 CU20, 2022 or 2025 are recommended), or migrate with another method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="152"/>
        <source>%1%2 is too old for the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="153"/>
        <source>Install SQL Server %1 %2 (%3) or later, then press Re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="159"/>
        <source>%1%2 is newer than the versions milink knows; it is treated like SQL Server %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="162"/>
        <source>Check the generated steps against the current Managed Instance link documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="164"/>
        <source>%1%2 supports the Managed Instance link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="167"/>
        <source>It replicates to the managed instance only: a failover to Azure cannot be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="174"/>
        <source>Direction and failover mode for this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="180"/>
        <source>Not verified: the SQL Server version is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="181"/>
        <source>Connect to SQL Server or type its version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="196"/>
        <source>Go back to Link options and choose a direction and failover mode this SQL Server supports, or update SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="201"/>
        <source>SQL Server %1 supports the chosen direction and failover mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="205"/>
        <source>The managed instance&apos;s update policy must match; it is checked once the managed instance is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="213"/>
        <source>This edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="216"/>
        <source>%1 supports availability groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="221"/>
        <source>%1 supports basic availability groups, which hold one database each. milink creates one availability group per database link, so several databases are possible; an existing availability group cannot be extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="227"/>
        <source>The edition could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="228"/>
        <source>Check that SQL Server is Enterprise, Developer or Standard edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="232"/>
        <source>%1 cannot host availability groups, which the link needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="233"/>
        <source>Upgrade to Standard, Enterprise or Developer edition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="241"/>
        <source>Always On availability groups are enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="243"/>
        <source>Enable Always On availability groups in SQL Server Configuration Manager (the SQL Server service&apos;s properties, Always On tab), restart the service, then press Re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="246"/>
        <source>Run sudo /opt/mssql/bin/mssql-conf set hadr.hadrenabled 1, restart SQL Server (sudo systemctl restart mssql-server), then press Re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="249"/>
        <source>Always On availability groups are not enabled (SERVERPROPERTY(&apos;IsHadrEnabled&apos;) is 0); the link is an availability group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="260"/>
        <source>master has a database master key; it protects the endpoint certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="263"/>
        <source>master has no database master key. The wizard creates one to protect the endpoint certificate&apos;s private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="265"/>
        <source>Nothing to do now: a later page asks for the master key&apos;s password. Keep that password in your password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="274"/>
        <source>The trace flags could not be read (DBCC TRACESTATUS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="275"/>
        <source>Check with DBCC TRACESTATUS(-1); 1800 and 9567 are recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="284"/>
        <source>Trace flags 1800 and 9567 are enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="286"/>
        <source>Add -T1800 and -T9567 to the startup parameters in SQL Server Configuration Manager and restart SQL Server when convenient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="288"/>
        <source>Run mssql-conf traceflag 1800 9567 on and restart SQL Server when convenient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="291"/>
        <source>Trace flag(s) %1 are not enabled. They are recommended, not required: 1800 avoids slow log writes when the disks&apos; sector sizes differ, 9567 compresses the initial seeding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="303"/>
        <source>The host operating system could not be read (sys.dm_os_host_info).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="311"/>
        <source>SQL Server 2016 supports the link on Windows only; this one runs on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="314"/>
        <source>Use SQL Server 2017 CU31 or later on Linux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="318"/>
        <source>SQL Server runs on %1, a client version of Windows, which the link does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="321"/>
        <source>Move the databases to SQL Server on Windows Server or Linux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="324"/>
        <source>SQL Server runs on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="333"/>
        <source>The server collation could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="334"/>
        <source>Compare SERVERPROPERTY(&apos;Collation&apos;) with the managed instance&apos;s collation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="338"/>
        <source>SQL Server uses %1; it is compared with the managed instance&apos;s collation once the instance is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="344"/>
        <source>SQL Server uses %1 but the managed instance uses %2. Different collations can change how server names compare and break the link&apos;s connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="347"/>
        <source>Use a managed instance with the collation %1 if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="350"/>
        <source>SQL Server and the managed instance both use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="358"/>
        <source>No database mirroring endpoint exists; the wizard creates %1 on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="366"/>
        <source>The endpoint %1 exists (port %2, %3) and will be reused: SQL Server has one mirroring endpoint per instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="370"/>
        <source>state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="373"/>
        <source>Its role is WITNESS, which cannot carry a database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="374"/>
        <source>Alter the endpoint to ROLE = ALL (ALTER ENDPOINT … FOR DATABASE_MIRRORING (ROLE = ALL)), or drop it, then press Re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="379"/>
        <source>It authenticates with %1 only; the wizard alters it to certificate authentication and keeps Windows authentication as the second method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="381"/>
        <source>an unknown method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="386"/>
        <source>Its encryption is %1; the wizard alters it to require AES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="387"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="391"/>
        <source>It listens on port %1, not on port %2 chosen for the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="394"/>
        <source>Use port %1 on the Endpoint page, and open it in the firewalls between SQL Server and the managed instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="400"/>
        <source>It is %1; the wizard starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/SqlServerRequirements.cpp" line="403"/>
        <source>Nothing to do unless other applications use this endpoint; they keep working with Windows authentication.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="72"/>
        <source>No answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="99"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="102"/>
        <source> ETA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="112"/>
        <source>equal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="119"/>
        <source>LINK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="120"/>
        <source>DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="121"/>
        <source>HEALTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="122"/>
        <source>SQL SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="123"/>
        <source>MANAGED INSTANCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="124"/>
        <source>CONNECTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="125"/>
        <source>SYNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="126"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="127"/>
        <source>SEEDING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="128"/>
        <source>LAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="129"/>
        <source>HARDENED LSN (SQL SERVER / MANAGED INSTANCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="149"/>
        <source>No link between this SQL Server and managed instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="162"/>
        <source>Most recent error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="165"/>
        <source>Most recent error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="172"/>
        <source>Not read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="183"/>
        <source>Show the state of every link between the project&apos;s SQL Server and managed instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="189"/>
        <source>Custom cloud file (docs/clouds.md) for a project whose cloud is not built in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="191"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="193"/>
        <source>Where to reach the managed instance&apos;s T-SQL endpoint (default: its FQDN, port 1433). Used with --managed-instance-login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="195"/>
        <source>host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="197"/>
        <source>SQL login on the managed instance, to read its DMVs too (password in %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="199"/>
        <location filename="../models/cli/StatusCommand.cpp" line="206"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="201"/>
        <source>TLS for the managed instance connection: mandatory (default), optional or strict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="203"/>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="205"/>
        <source>ODBC driver name (default: the project&apos;s, else the best installed one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="208"/>
        <source>Seconds to wait for the servers and Azure (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="208"/>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="210"/>
        <source>Also log connections and Azure requests to standard error (never passwords or tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="228"/>
        <source>--timeout must be a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="238"/>
        <source>--managed-instance-address must be HOST:PORT, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="247"/>
        <source>--managed-instance-encryption must be mandatory, optional or strict, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="253"/>
        <source>Set %1 to the password of the SQL Server login %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="258"/>
        <source>--managed-instance-login needs a login name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="260"/>
        <source>Set %1 to the password of the managed instance login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="263"/>
        <source>The project has no managed instance FQDN: add --managed-instance-address HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="272"/>
        <source>--cloud-profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="279"/>
        <source>The cloud file %1 does not describe the project&apos;s cloud &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="284"/>
        <source>The project uses the cloud &quot;%1&quot;, which is not built in: add --cloud-profile with the file that describes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="327"/>
        <source>SQL Server %1: cannot connect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="347"/>
        <source>Managed instance %1: cannot connect: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="368"/>
        <source>No complete answer within %1 seconds; try --timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="424"/>
        <source>Reads Azure&apos;s links of the managed instance, SQL Server&apos;s DMVs and, with --managed-instance-login, the managed instance&apos;s DMVs; changes nothing.
Passwords come from the environment: %1 (SQL Server login), %2 (managed instance login), %3 (Azure access token; otherwise the Azure CLI&apos;s sign-in).
Exit codes: 0 every link healthy, 1 nothing could be read or the project is refused, 2 usage error, 3 at least one warning, 4 at least one critical link (docs/status.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="434"/>
        <source>The .milink project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="436"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="438"/>
        <source>Print the status as JSON (docs/status.md) instead of a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="452"/>
        <source>Give exactly one project file, for example &quot;milink status sales.milink&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="461"/>
        <source>%1: cannot read the project. Fix the errors above and run milink status again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/StatusCommand.cpp" line="480"/>
        <source>Nothing could be read: check the connection details and credentials above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <location filename="../models/support/SupportBundle.cpp" line="46"/>
        <source>milink support bundle, created %1.

versions.txt         milink, Qt, operating system and ODBC drivers
project/             the .milink project file, its journals, plans and scripts
status.json          the last refresh of the link monitor: merged rows, Azure&apos;s
                     link resources and every DMV result set of both sides

Secrets were removed before writing (passwords, tokens, Authorization headers,
PWD= in connection strings, SAS signatures, PASSWORD = N&apos;...&apos; in T-SQL); they
show as &lt;redacted&gt;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/support/SupportBundle.cpp" line="130"/>
        <source>Cannot read the project %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/support/SupportBundle.cpp" line="155"/>
        <location filename="../models/support/SupportBundle.cpp" line="161"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportBundleCommand</name>
    <message>
        <location filename="../models/cli/SupportBundleCommand.cpp" line="18"/>
        <source>Write a support bundle (versions, project, journals, link status) with secrets removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/SupportBundleCommand.cpp" line="27"/>
        <source>The bundle is an uncompressed tar archive (read it with &quot;tar -tvf FILE&quot;). It holds milink&apos;s, Qt&apos;s, the system&apos;s and the ODBC drivers&apos; versions, the project file with its journals and plans, and one refresh of the link status with Azure&apos;s answers and the DMV snapshots of both sides. Passwords, tokens, Authorization headers, PWD= in connection strings, SAS signatures and PASSWORD = N&apos;…&apos; in T-SQL are replaced by &lt;redacted&gt;, as is the value of every variable milink reads secrets from.
Connections as for milink status (%1, %2, %3); --offline skips them.
Exit codes: 0 written, 1 not written, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/SupportBundleCommand.cpp" line="39"/>
        <source>The .milink project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/SupportBundleCommand.cpp" line="41"/>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/SupportBundleCommand.cpp" line="42"/>
        <source>The archive to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/SupportBundleCommand.cpp" line="42"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/SupportBundleCommand.cpp" line="44"/>
        <source>Do not connect: bundle the files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/SupportBundleCommand.cpp" line="57"/>
        <source>Give exactly one project file, for example &quot;milink support-bundle sales.milink --out sales-support.tar&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/SupportBundleCommand.cpp" line="60"/>
        <source>Add --out FILE: where to write the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/SupportBundleCommand.cpp" line="74"/>
        <source>The project cannot be read, so there is nothing to connect to; the bundle holds the files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/SupportBundleCommand.cpp" line="83"/>
        <source>Or add --offline to bundle the files without connecting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/cli/SupportBundleCommand.cpp" line="91"/>
        <source>Not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/cli/SupportBundleCommand.cpp" line="99"/>
        <source>Wrote %1 with %n file(s); secrets are replaced by &lt;redacted&gt;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <location filename="../app/main.cpp" line="94"/>
        <source>Save a PNG of the wizard window and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="98"/>
        <source>Also offer the clouds described in FILE (docs/clouds.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="103"/>
        <source>Open the wizard with the .milink project FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="107"/>
        <source>Operate the link of --project: failover, delete, replication-mode or rotate-certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="147"/>
        <source>milink: --operate needs the link&apos;s project: add --project FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="155"/>
        <source>milink: --operate takes failover, delete, replication-mode or rotate-certificate, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="77"/>
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
    <name>milink::AzureController</name>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="122"/>
        <source>The cloud %1 is not known. Choose a cloud from the list, or start milink with --cloud-profile for a private cloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="230"/>
        <source>You are not signed in to Azure. Choose a sign-in method and press Sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="231"/>
        <source>The cloud %1 is not known. Choose a cloud from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="241"/>
        <source>Sign in again, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="244"/>
        <source>Check the network connection to Azure (and any proxy), then press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="249"/>
        <source>Your account lacks the permission; ask for the SQL Managed Instance Contributor role, or sign in with another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="252"/>
        <source>Azure is busy and kept refusing after several retries; wait a minute and press Refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="255"/>
        <source>Press Refresh to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="260"/>
        <source>Your choices so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="311"/>
        <source>The tenants could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="371"/>
        <source>The subscriptions could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="419"/>
        <source>Choose a subscription first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="440"/>
        <source>The managed instances could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="506"/>
        <source>Choose a managed instance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="538"/>
        <location filename="../wizard/create/AzureController.cpp" line="684"/>
        <source>The managed instance could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="606"/>
        <source>the subscription ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="608"/>
        <source>the resource group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="610"/>
        <source>the managed instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="612"/>
        <source>the update policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="615"/>
        <source>Type %1: the scripts need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="632"/>
        <source>Choose a managed instance, then press Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="685"/>
        <source>The managed instance&apos;s trusted certificates could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzureController.cpp" line="686"/>
        <source>The managed instance&apos;s links could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::AzurePage</name>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="50"/>
        <source>Always-up-to-date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="51"/>
        <source>SQL Server 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="52"/>
        <source>SQL Server 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="55"/>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="67"/>
        <source>Managed instance in Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="69"/>
        <location filename="../wizard/create/AzurePage.cpp" line="534"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="76"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="78"/>
        <source>Managed instance (typed, offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="91"/>
        <source>Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="92"/>
        <source>Sign in to Azure and choose the managed instance the databases replicate to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="120"/>
        <source>Azure CLI (az login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="122"/>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="123"/>
        <source>Device code (another device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="139"/>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="147"/>
        <source>Sign-in &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="152"/>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="155"/>
        <source>S&amp;ubscription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="158"/>
        <location filename="../wizard/create/AzurePage.cpp" line="173"/>
        <source>Resource &amp;group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="164"/>
        <source>Managed &amp;instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="170"/>
        <source>S&amp;ubscription ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="176"/>
        <source>Managed &amp;instance name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="179"/>
        <source>Update &amp;policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="185"/>
        <source>00000000-0000-0000-0000-000000000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="187"/>
        <source>The chosen instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="189"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="190"/>
        <source>Update policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="191"/>
        <source>Collation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="192"/>
        <source>SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="206"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="206"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="206"/>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="251"/>
        <source>Sign in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="260"/>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="296"/>
        <source>&lt;b&gt;Device code: %1&lt;/b&gt;&lt;br&gt;On any device, open %2 and enter the code. This page continues when you have signed in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="353"/>
        <location filename="../wizard/create/AzurePage.cpp" line="355"/>
        <location filename="../wizard/create/AzurePage.cpp" line="356"/>
        <source>not read (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="361"/>
        <location filename="../wizard/create/AzurePage.cpp" line="417"/>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="362"/>
        <source>Choose how to sign in, then press Sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="385"/>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="389"/>
        <source>Signed in with %1. Loading the tenants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="415"/>
        <source>Your account sees no tenant in this cloud. Check the cloud, or sign in with another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="435"/>
        <source>— %1, cannot be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="440"/>
        <source>This tenant has no subscription your account can see. Choose another tenant, or ask for access to the subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="463"/>
        <source>This subscription has no managed instance. Choose another subscription, or create the instance in the Azure portal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="478"/>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="497"/>
        <location filename="../wizard/create/AzurePage.cpp" line="500"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="502"/>
        <source>%1 (%2), %3 vCores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="503"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/AzurePage.cpp" line="534"/>
        <source>Cance&amp;l sign-in</source>
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
    <name>milink::CertificateRotationWizard</name>
    <message>
        <location filename="../wizard/operate/CertificateRotationWizard.cpp" line="12"/>
        <source>Rotate the link&apos;s endpoint certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::CheckResult</name>
    <message>
        <location filename="../models/preflight/CheckResult.h" line="47"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/CheckResult.h" line="48"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/CheckResult.h" line="49"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/CheckResult.h" line="51"/>
        <source>Not verified</source>
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
    <name>milink::ConnectController</name>
    <message>
        <location filename="../wizard/operate/ConnectController.cpp" line="36"/>
        <source>This plan runs T-SQL on the managed instance (%1), and milink is not connected to it. Go back to the first page and give a managed instance login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectController.cpp" line="50"/>
        <source>Offline: nothing was connected. The wizard plans and exports scripts; roles, LSNs and backups are not verified (offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectController.cpp" line="69"/>
        <source>milink could not connect to SQL Server %1. Check the password, that the login may connect, and the network, then press Connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectController.cpp" line="87"/>
        <source>SQL Server answered, but milink could not read what it needs about the server. The login needs sysadmin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectController.cpp" line="105"/>
        <source>No managed instance login was given: its role comes from Azure and its LSN from SQL Server&apos;s view of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectController.cpp" line="118"/>
        <source>milink could not connect to the managed instance %1. Use its VNet-local or public endpoint (port 3342) and a SQL login, or leave the login empty to work through SQL Server and Azure only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectController.cpp" line="137"/>
        <source>Not signed in to Azure: Azure&apos;s view of the link (roles, lastHardenedLsn, trust certificates) is not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectController.cpp" line="154"/>
        <source>Azure did not return the managed instance %1. Check the subscription, resource group and name in the project and your sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::ConnectPage</name>
    <message>
        <location filename="../wizard/operate/ConnectPage.cpp" line="21"/>
        <source>Connect to the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectPage.cpp" line="22"/>
        <source>milink reads both replicas before it plans anything: SQL Server always, the managed instance through Azure and, if you give a login, through T-SQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectPage.cpp" line="39"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectPage.cpp" line="52"/>
        <source>SQL Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectPage.cpp" line="53"/>
        <source>SQL Server &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectPage.cpp" line="54"/>
        <source>Managed instance &amp;host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectPage.cpp" line="55"/>
        <source>Managed instance p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectPage.cpp" line="56"/>
        <source>Managed instance &amp;login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectPage.cpp" line="57"/>
        <source>Managed instance pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectPage.cpp" line="58"/>
        <source>Azure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectPage.cpp" line="81"/>
        <source>%1, port %2, login %3 (from the project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectPage.cpp" line="90"/>
        <source>Offline: nothing connects; the wizard exports scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectPage.cpp" line="92"/>
        <source>Signed in; the managed instance %1 is read from Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ConnectPage.cpp" line="94"/>
        <source>Not signed in: Azure&apos;s view of the link is not used, and steps that call Azure cannot run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::CutoverChecklistPage</name>
    <message>
        <location filename="../wizard/operate/CutoverChecklistPage.cpp" line="25"/>
        <source>Post-cutover checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/CutoverChecklistPage.cpp" line="26"/>
        <source>The link replicates databases only. Tick off what you have done; export the list for your change record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/CutoverChecklistPage.cpp" line="32"/>
        <source>&amp;Export as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/CutoverChecklistPage.cpp" line="82"/>
        <source>Export the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/CutoverChecklistPage.cpp" line="83"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/CutoverChecklistPage.cpp" line="90"/>
        <source>The checklist was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/CutoverChecklistPage.cpp" line="91"/>
        <source>%1 could not be written: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::DatabasesController</name>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="67"/>
        <source>The user databases of SQL Server, the initial primary. Select the databases to link: each gets its own link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="70"/>
        <source>The managed instance is the initial primary, so these are its databases. Select the databases to replicate to SQL Server: each gets its own link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="74"/>
        <source>Offline: type the name of each database to link, as it is on the initial primary. Nothing is read from a server, so eligibility is not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="77"/>
        <source>The managed instance is the initial primary and milink is not connected to it yet (that happens on the Azure page), so type the name of each database to replicate to SQL Server. The Validation page checks that they exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="168"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="169"/>
        <source>%1 is not on the server (any longer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="170"/>
        <source>Clear its check box, or press Refresh after creating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="216"/>
        <source>The databases could not be read again: %1 The list shows what was read before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="268"/>
        <location filename="../wizard/create/DatabasesController.cpp" line="402"/>
        <source>%1 cannot be linked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="270"/>
        <source>%1 is not in the list. Press Refresh, or type the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="298"/>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="303"/>
        <source>%1 is not on the server. Press Refresh, or check the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="325"/>
        <source>The link name %1 is already used for %2; each link needs its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="329"/>
        <source>%1 is not selected; select it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="395"/>
        <source>Type the name of at least one database and press Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="396"/>
        <source>Select at least one database to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="409"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="411"/>
        <source>The link name %1 is used twice; each link needs its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesController.cpp" line="416"/>
        <source>Enter the directory on the SQL Server host where the full backups are written (for example D:\Backup or /var/opt/mssql/backup).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::DatabasesPage</name>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="26"/>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="27"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="35"/>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="36"/>
        <source>Choose the databases to link. Each gets its own link; press F2 on a database to rename its link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="43"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="43"/>
        <source>Eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="43"/>
        <source>Link name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="43"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="55"/>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="58"/>
        <source>Read the databases again; the selection of those that still exist is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="61"/>
        <source>&amp;Take a full backup first of each selected database that has none, into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="64"/>
        <source>a directory on the SQL Server host, e.g. D:\Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="71"/>
        <source>Database na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="109"/>
        <source>%1 can be linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="134"/>
        <source>Reading the databases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="199"/>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="201"/>
        <source>Needs a full backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="201"/>
        <source>Cannot be linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="203"/>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="208"/>
        <source>Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/DatabasesPage.cpp" line="208"/>
        <source>Eligible, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::DeleteLinkWizard</name>
    <message>
        <location filename="../wizard/operate/DeleteLinkWizard.cpp" line="11"/>
        <source>Delete the Managed Instance link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::DeleteOptionsPage</name>
    <message>
        <location filename="../wizard/operate/DeleteOptionsPage.cpp" line="19"/>
        <source>Delete the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/DeleteOptionsPage.cpp" line="20"/>
        <source>Replication stops for good; both copies of each database become independent read/write databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/DeleteOptionsPage.cpp" line="27"/>
        <source>Azure warns that deleting a link may lose data: transactions not yet replicated stay on the side that wrote them. When the managed instance is primary, the plan first waits for its first full backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/DeleteOptionsPage.cpp" line="31"/>
        <source>Also drop the &amp;availability group on SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/DeleteOptionsPage.cpp" line="33"/>
        <source>Also remove the &amp;certificates, trust certificates and the mirroring endpoint when no other link uses them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/DeleteOptionsPage.cpp" line="51"/>
        <source>%1 (database %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/DeleteOptionsPage.cpp" line="52"/>
        <source>Links to delete: %1.</source>
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
    <name>milink::EndpointController</name>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="142"/>
        <source>its authentication (%1) becomes WINDOWS NEGOTIATE CERTIFICATE, so Windows partners keep working and the managed instance uses the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="144"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="148"/>
        <source>its encryption (%1) becomes REQUIRED ALGORITHM AES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="149"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="151"/>
        <source>it is started (now %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="164"/>
        <source>SQL Server already has the database mirroring endpoint %1, and an instance can have only one (Msg 7862). Choose to reuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="169"/>
        <source>Type a name for the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="171"/>
        <source>The endpoint name is longer than 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="173"/>
        <source>The port must be between 1 and 65535 (normally 5022).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="175"/>
        <source>Port %1 is SQL Server&apos;s client port; the endpoint needs its own (normally 5022).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="182"/>
        <source>Type the address the managed instance uses to reach SQL Server: its host name or IP address, or the listener IP of an existing availability group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="186"/>
        <source>%1 is neither an IP address nor a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="189"/>
        <source>%1 is a loopback address; the managed instance cannot reach it. Use SQL Server&apos;s address in its network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="193"/>
        <source>The managed instance must resolve %1 through its virtual network&apos;s DNS; an IP address avoids that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="201"/>
        <source>Type a certificate name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="203"/>
        <source>The certificate name %1 contains a backslash; use a name without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="210"/>
        <source>The certificate&apos;s expiry date %1 is not in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="213"/>
        <source>The certificate expires in %1 days; the link stops when it does, unless you rotate the certificate before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="220"/>
        <source>A certificate named %1 exists but is not encrypted by the master key; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="229"/>
        <source>The certificate %1 expired on %2; create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointController.cpp" line="233"/>
        <source>The certificate %1 expires on %2, in less than 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::EndpointPage</name>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="29"/>
        <source>&amp;Reuse the existing endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="30"/>
        <source>Create a ne&amp;w endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="36"/>
        <source>Reuse an existing &amp;certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="37"/>
        <source>Create a new cer&amp;tificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="44"/>
        <source>Endpoint and certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="45"/>
        <source>How the managed instance connects to SQL Server: the database mirroring endpoint and the certificate that authenticates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="64"/>
        <source>e.g. 10.0.0.4, sql01.contoso.com or fd00::4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="80"/>
        <source>Database mirroring endpoint on SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="84"/>
        <source>Endpoint na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="87"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="90"/>
        <source>SQL Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="92"/>
        <source>The host name or IP address the managed instance connects to; for an existing availability group, its listener IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="95"/>
        <source>Endpoint URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="98"/>
        <source>Endpoint certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="101"/>
        <source>E&amp;xisting certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="105"/>
        <source>Cert&amp;ificate name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="108"/>
        <source>&amp;Expires on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="186"/>
        <source>&amp;Reuse the existing endpoint %1 (port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="193"/>
        <source>&amp;Reuse an existing endpoint (not known offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="194"/>
        <source>&amp;Reuse the existing endpoint (SQL Server has none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="203"/>
        <source>%1 (expires %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="247"/>
        <source>(type the address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="249"/>
        <source>The existing endpoint will be altered: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="252"/>
        <source>The existing endpoint suits the link and stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/EndpointPage.cpp" line="254"/>
        <source>The endpoint is created with certificate authentication and AES encryption.</source>
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
    <name>milink::ExecutingPage</name>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="33"/>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="34"/>
        <location filename="../wizard/common/ExecutingPage.cpp" line="158"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="36"/>
        <source>Paused after a step: check its result, then run the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="37"/>
        <source>Every step is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="39"/>
        <source>A step failed. The Results page explains it and offers a retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="41"/>
        <source>Cancelled. The run can be resumed from the Results page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="56"/>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="57"/>
        <source>Run ne&amp;xt step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="58"/>
        <source>Run the &amp;rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="62"/>
        <source>Executing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="63"/>
        <source>Each step checks first whether it is already done. Long waits (connection, seeding) run for several databases at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="69"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="69"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="69"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="74"/>
        <source>%v of %m steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="157"/>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="159"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="160"/>
        <source>Skipped (already done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="162"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="162"/>
        <source>Failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="163"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="192"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ExecutingPage.cpp" line="236"/>
        <source>Elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::FailoverController</name>
    <message>
        <location filename="../wizard/operate/FailoverController.cpp" line="33"/>
        <source>I accept data loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/FailoverController.cpp" line="170"/>
        <source>not verified (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/FailoverController.cpp" line="171"/>
        <source>milink is not connected to the managed instance&apos;s T-SQL endpoint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::FailoverTypePage</name>
    <message>
        <location filename="../wizard/operate/FailoverTypePage.cpp" line="36"/>
        <source>Failover type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/FailoverTypePage.cpp" line="37"/>
        <source>A planned failover loses nothing and needs both sides; a forced failover is for a disaster and can lose data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/FailoverTypePage.cpp" line="40"/>
        <source>&amp;Planned failover to the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/FailoverTypePage.cpp" line="41"/>
        <source>&amp;Forced failover to the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/FailoverTypePage.cpp" line="42"/>
        <source>Planned failover to &amp;SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/FailoverTypePage.cpp" line="43"/>
        <source>Forced failover to S&amp;QL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/FailoverTypePage.cpp" line="103"/>
        <source>Runs on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/FailoverTypePage.cpp" line="114"/>
        <source>Choose a failover.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::FailoverWizard</name>
    <message>
        <location filename="../wizard/operate/FailoverWizard.cpp" line="25"/>
        <source>Fail over between SQL Server and the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::FirstBackupCheck</name>
    <message>
        <location filename="../models/failover/FirstBackupCheck.cpp" line="24"/>
        <source>The managed instance&apos;s backup history could not be read: %1. The plan waits for the first full backup before it removes the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FirstBackupCheck.cpp" line="34"/>
        <source>The managed instance has a full backup of every database: the link can be removed safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FirstBackupCheck.cpp" line="36"/>
        <source>The managed instance has no full backup of %1 yet. The service takes one automatically once the database is read/write; the plan waits for it before it removes the link, because without it the database can be lost if the instance restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/FirstBackupCheck.cpp" line="86"/>
        <source>milink is not connected to the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::ForcedAcknowledgementPage</name>
    <message>
        <location filename="../wizard/operate/ForcedAcknowledgementPage.cpp" line="20"/>
        <source>Forced failover: possible data loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ForcedAcknowledgementPage.cpp" line="21"/>
        <source>Use a forced failover only when the primary is lost or unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ForcedAcknowledgementPage.cpp" line="25"/>
        <source>Transactions the secondary has not received are lost for good. If the old primary is still running, or comes back, both sides are primary (split brain): applications may write to both, and the link stays down until one side is repaired. Open this wizard again then; it detects the split brain and guides the repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ForcedAcknowledgementPage.cpp" line="35"/>
        <source>Type &quot;%1&quot; to confirm that you accept the loss of data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ForcedAcknowledgementPage.cpp" line="60"/>
        <source>The failover runs on %1 and makes %2 the primary. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::IntroductionPage</name>
    <message>
        <location filename="../wizard/create/IntroductionPage.cpp" line="25"/>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/IntroductionPage.cpp" line="26"/>
        <source>Replicate SQL Server databases to Azure SQL Managed Instance (or back) through a distributed availability group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/IntroductionPage.cpp" line="34"/>
        <source>&lt;p&gt;This wizard creates a &lt;b&gt;Managed Instance link&lt;/b&gt; for each database you choose. It checks both servers first and changes nothing until you press &lt;i&gt;Finish&lt;/i&gt; on the summary. At any point you can export the same steps as scripts to review and run later; a setup that stops half-way can be resumed.&lt;/p&gt;&lt;p&gt;The wizard will:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;check SQL Server, the databases and the managed instance against the link&apos;s requirements;&lt;/li&gt;&lt;li&gt;create or reuse the database master key, the certificates and the trust between SQL Server and the managed instance;&lt;/li&gt;&lt;li&gt;create or adjust the database mirroring endpoint;&lt;/li&gt;&lt;li&gt;create an availability group and a distributed availability group per database;&lt;/li&gt;&lt;li&gt;create the link in Azure and follow the connection and the initial seeding.&lt;/li&gt;&lt;/ol&gt;&lt;h4&gt;Before you start&lt;/h4&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Permissions&lt;/b&gt;: membership in &lt;i&gt;sysadmin&lt;/i&gt; on SQL Server; the &lt;i&gt;SQL Managed Instance Contributor&lt;/i&gt; role (or a custom role with the link permissions) on the managed instance.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Versions&lt;/b&gt;: SQL Server 2016 SP3 or 2017 CU31 with their Azure Connect packs, 2019 CU20, 2022 or 2025. SQL Server 2016–2019 fail over one way only; creating the link from the managed instance needs SQL Server 2022 CU10 or 2025 and a matching update policy on the managed instance.&lt;/li&gt;&lt;li&gt;&lt;b&gt;SQL Server&lt;/b&gt;: Always On availability groups enabled; each database in the FULL recovery model with at least one full backup.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Network&lt;/b&gt;: SQL Server reaches the managed instance&apos;s subnet on TCP 5022 and 11000–11999, and the managed instance reaches SQL Server&apos;s mirroring endpoint (TCP 5022 by default), over a private connection (VPN, ExpressRoute or peering).&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/IntroductionPage.cpp" line="66"/>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/IntroductionPage.cpp" line="68"/>
        <source>Continue with a .milink project saved earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/IntroductionPage.cpp" line="72"/>
        <source>&amp;Work offline: type the values in and export scripts, without connecting to SQL Server or Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/IntroductionPage.cpp" line="91"/>
        <source>Open a link project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/IntroductionPage.cpp" line="91"/>
        <source>milink projects (*.milink)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/IntroductionPage.cpp" line="101"/>
        <source>%1 cannot be opened. Nothing was changed in the wizard; correct the file or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/IntroductionPage.cpp" line="112"/>
        <source>Opened %1. Press Next to review each page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/IntroductionPage.cpp" line="116"/>
        <source>Opened %1 with warnings; review them on the pages.</source>
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
    <name>milink::LinkHistoryChart</name>
    <message>
        <location filename="../wizard/status/LinkHistoryChart.cpp" line="22"/>
        <source>Lag (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkHistoryChart.cpp" line="23"/>
        <source>SQL Server hardened LSN (progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkHistoryChart.cpp" line="24"/>
        <source>Managed instance hardened LSN (progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkHistoryChart.cpp" line="30"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkHistoryChart.cpp" line="31"/>
        <source>Lag (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkHistoryChart.cpp" line="33"/>
        <source>LSN progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::LinkMonitor</name>
    <message>
        <location filename="../models/monitor/LinkMonitor.cpp" line="174"/>
        <source>part of the DMVs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/monitor/LinkMonitor.cpp" line="215"/>
        <source>no answer within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkMonitor.cpp" line="276"/>
        <source>Azure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkMonitor.cpp" line="276"/>
        <location filename="../models/monitor/LinkMonitor.cpp" line="553"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkMonitor.cpp" line="278"/>
        <source>SQL Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkMonitor.cpp" line="280"/>
        <source>Managed instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkMonitor.cpp" line="552"/>
        <source>Azure&apos;s view of the link is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkMonitor.cpp" line="555"/>
        <source>SQL Server&apos;s view of the link is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitor/LinkMonitor.cpp" line="558"/>
        <source>The managed instance&apos;s view of the link is missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::LinkOptionsController</name>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="14"/>
        <source>Always-up-to-date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="15"/>
        <source>SQL Server 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="16"/>
        <source>SQL Server 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="99"/>
        <source>SQL Server: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="100"/>
        <source>SQL Server version: not known yet (read on the SQL Server page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="102"/>
        <source>Managed instance update policy: not known yet (read on the Azure page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="103"/>
        <source>Managed instance update policy: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="108"/>
        <source>The databases stay on SQL Server and replicate to the managed instance; SQL Server needs each database in FULL recovery with a full backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="113"/>
        <source>The databases are on the managed instance and replicate to SQL Server, which becomes the secondary. Such a link is always two-way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="120"/>
        <source>Not possible with %1: it needs SQL Server 2022 CU10 (16.0.4095.4) or later, or SQL Server 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="126"/>
        <source>Not possible: the managed instance uses the Always-up-to-date update policy, whose databases cannot replicate to SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="132"/>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="179"/>
        <source>Not possible: SQL Server %1 needs the managed instance update policy SQL Server %1, but the instance uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="139"/>
        <source>%1 supports it; the managed instance&apos;s update policy must be SQL Server %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="143"/>
        <source>Needs SQL Server 2022 CU10 or later, or 2025, and a managed instance whose update policy matches that version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="148"/>
        <source>You can fail over to the managed instance once; the failover removes the link and there is no way back to SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="153"/>
        <source>Not possible when the managed instance is the initial primary: such a link is always two-way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="156"/>
        <source>The only choice for SQL Server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="161"/>
        <source>You can fail over to the managed instance and back to SQL Server as often as needed; the link stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="166"/>
        <source>Not possible with SQL Server %1: 2016, 2017 and 2019 replicate to the managed instance only. Use SQL Server 2022 or 2025 for a two-way link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="172"/>
        <source>Not possible: with the Always-up-to-date update policy there is no way back to SQL Server after a failover. Choose one-way, or a managed instance with the SQL Server %1 update policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="185"/>
        <source>Needs the managed instance update policy SQL Server %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="188"/>
        <source>Needs SQL Server 2022 or 2025 and a managed instance with the matching update policy (not Always-up-to-date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="193"/>
        <source>Recommended. Transactions commit on the primary without waiting for the secondary, so the workload is not slowed by the network; a planned failover switches to synchronous first so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsController.cpp" line="196"/>
        <source>Every commit waits until the secondary has hardened it: no data loss even in a forced failover, but each transaction pays the round trip to Azure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::LinkOptionsPage</name>
    <message>
        <location filename="../wizard/create/LinkOptionsPage.cpp" line="55"/>
        <source>Link options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsPage.cpp" line="56"/>
        <source>Name the link and choose where the databases start, whether you can fail back, and how replication commits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsPage.cpp" line="61"/>
        <source>DAG_&lt;database&gt; (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsPage.cpp" line="62"/>
        <source>The name of the link in Azure, unique per managed instance. With several databases the database name is appended for each further link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsPage.cpp" line="72"/>
        <source>&amp;Link name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsPage.cpp" line="82"/>
        <source>&amp;SQL Server is the initial primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsPage.cpp" line="84"/>
        <source>&amp;Managed instance is the initial primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsPage.cpp" line="86"/>
        <source>&amp;One-way: fail over to the managed instance only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsPage.cpp" line="88"/>
        <source>&amp;Two-way: fail over and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsPage.cpp" line="89"/>
        <source>&amp;Asynchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsPage.cpp" line="90"/>
        <source>S&amp;ynchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsPage.cpp" line="108"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsPage.cpp" line="111"/>
        <source>Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/LinkOptionsPage.cpp" line="113"/>
        <source>Replication mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::LinkStatusTableModel</name>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="73"/>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="74"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="75"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="90"/>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="169"/>
        <source>Seeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="90"/>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="109"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="92"/>
        <source>, done ≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="98"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="103"/>
        <source>equal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="161"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="162"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="163"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="164"/>
        <source>SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="165"/>
        <source>Managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="166"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="167"/>
        <source>Synchronization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="168"/>
        <source>Link state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="170"/>
        <source>Lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="171"/>
        <source>Send queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="172"/>
        <source>Redo queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="173"/>
        <source>Hardened LSN (SQL Server / MI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="174"/>
        <source>Log used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="175"/>
        <source>Certificate expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusTableModel.cpp" line="176"/>
        <source>Most recent error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::LinkStatusWindow</name>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="46"/>
        <source>Link status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="48"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="50"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="54"/>
        <source>Refresh automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="55"/>
        <source>Auto-refresh off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="56"/>
        <source>Every 15 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="57"/>
        <source>Every 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="58"/>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="59"/>
        <source>Every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="76"/>
        <source>Failover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="77"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="78"/>
        <source>Rotate certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="80"/>
        <source>Replication mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="84"/>
        <source>Support bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="93"/>
        <source>Not refreshed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="175"/>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="200"/>
        <source>%n linked database(s): %1 healthy, %2 warning, %3 critical. Refreshed %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="244"/>
        <source>Select a link to see its details and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="249"/>
        <source>%1 / %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="258"/>
        <source>Most recent error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="259"/>
        <source>Most recent error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="265"/>
        <source>%1 — lag and hardened LSNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="273"/>
        <source>Save support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="274"/>
        <source>Support bundles (*.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/status/LinkStatusWindow.cpp" line="298"/>
        <source>Support bundle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::LinkWizard</name>
    <message>
        <location filename="../wizard/LinkWizard.cpp" line="38"/>
        <source>Save pro&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/LinkWizard.cpp" line="42"/>
        <source>Save every choice made so far as a .milink project (no passwords) to reopen later or to share with a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/LinkWizard.cpp" line="88"/>
        <source>Save the link project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/LinkWizard.cpp" line="89"/>
        <source>milink projects (*.milink)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/LinkWizard.cpp" line="108"/>
        <source>The project was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/LinkWizard.cpp" line="110"/>
        <source>Nothing was lost: the wizard still holds every choice. Choose another folder with Save project….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/LinkWizard.cpp" line="125"/>
        <source>Stop the running steps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/LinkWizard.cpp" line="126"/>
        <source>Steps are running on SQL Server or in Azure. Closing cancels the running step; what is done stays done, and the journal lets the next run resume where this one stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/LinkWizard.cpp" line="129"/>
        <source>Cancel the run and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/LinkWizard.cpp" line="142"/>
        <source>Close without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/LinkWizard.cpp" line="143"/>
        <source>The choices made in this wizard are not saved in a project. Close the wizard and lose them, or press Cancel and use Save project….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/LinkWizard.cpp" line="145"/>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/LinkWizard.cpp" line="155"/>
        <source>New Managed Instance link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::LsnGate</name>
    <message>
        <location filename="../models/failover/LsnGate.cpp" line="25"/>
        <location filename="../models/failover/LsnGate.cpp" line="87"/>
        <source>The LSNs have not been read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LsnGate.cpp" line="90"/>
        <source>The LSNs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LsnGate.cpp" line="93"/>
        <source>No database of the link reports a hardened LSN yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LsnGate.cpp" line="110"/>
        <source>SQL Server&apos;s hardened LSN of %1 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LsnGate.cpp" line="111"/>
        <source>The managed instance&apos;s hardened LSN of %1 is not available: connect to the managed instance or sign in to Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LsnGate.cpp" line="118"/>
        <source>LSNs differ: SQL Server has hardened %1, the managed instance %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LsnGate.cpp" line="120"/>
        <source>LSNs differ by %1: SQL Server has hardened %2, the managed instance %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LsnGate.cpp" line="125"/>
        <source>Azure reports %1 as the last hardened LSN, both servers %2: wait until Azure agrees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LsnGate.cpp" line="135"/>
        <source>LSNs equal (%1), stable for %2 of %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LsnGate.cpp" line="162"/>
        <source>LSNs equal and unchanged for %1 s on both sides: a planned failover loses nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::LsnGatePage</name>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="22"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="22"/>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="31"/>
        <source>Wait for equal LSNs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="32"/>
        <source>The failover may start once SQL Server, the managed instance and Azure report the same last hardened LSN, unchanged for the whole window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="37"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="45"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="45"/>
        <source>SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="45"/>
        <source>Managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="45"/>
        <source>Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="46"/>
        <source>Send queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="46"/>
        <source>Redo queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="46"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="50"/>
        <source>Stable &amp;window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="75"/>
        <source>Offline: not verified (offline). The exported scripts wait for equal LSNs themselves before they fail over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="78"/>
        <source>Open: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="78"/>
        <source>Closed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/LsnGatePage.cpp" line="85"/>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::LsnMonitor</name>
    <message>
        <location filename="../models/failover/LsnMonitor.cpp" line="88"/>
        <source>SQL Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LsnMonitor.cpp" line="89"/>
        <source>SQL Server did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LsnMonitor.cpp" line="104"/>
        <source>as SQL Server sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failover/LsnMonitor.cpp" line="119"/>
        <source>the managed instance&apos;s DMV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::MessageBanner</name>
    <message>
        <location filename="../wizard/common/MessageBanner.cpp" line="72"/>
        <source>Error number: %1</source>
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
    <name>milink::PlanController</name>
    <message>
        <location filename="../wizard/common/PlanController.cpp" line="19"/>
        <source>SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanController.cpp" line="20"/>
        <source>Managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanController.cpp" line="21"/>
        <source>Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanController.cpp" line="124"/>
        <source>There is no plan to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanController.cpp" line="125"/>
        <source>Nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanController.cpp" line="174"/>
        <source>There is no plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanController.cpp" line="176"/>
        <source>Offline, milink only writes scripts. Use Script… and run them, or connect to execute the plan from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanController.cpp" line="180"/>
        <source>Enter %1 to execute the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanController.cpp" line="187"/>
        <source>unsaved project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::PlanRunner</name>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="728"/>
        <source>Cancelled. The step may have been partly applied; resuming checks first whether it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="735"/>
        <source>The run was cancelled at step %1 of %2. Resume it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="260"/>
        <source>All %1 steps are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="306"/>
        <source>Already done; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="325"/>
        <source>Checking whether the step is already done failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="352"/>
        <location filename="../models/run/PlanRunner.cpp" line="444"/>
        <location filename="../models/run/PlanRunner.cpp" line="524"/>
        <source>This step needs Azure, but milink is not signed in to Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="383"/>
        <source>Checking the step&apos;s state in Azure failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="431"/>
        <source>Checking what exists before the step failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="477"/>
        <source>Azure: %1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="478"/>
        <source>Azure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="546"/>
        <source>Azure&apos;s answer has no value at %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="560"/>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="566"/>
        <source>The server returned no value for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="596"/>
        <source>Waiting failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="608"/>
        <source>The condition was not met within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="622"/>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="670"/>
        <source>Step %1 of %2 (%3) failed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="253"/>
        <source>Step %1 of %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="773"/>
        <source>This step runs T-SQL on the managed instance; connect to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="774"/>
        <source>This step runs T-SQL on SQL Server; connect to it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="819"/>
        <source>The step needs the value %1, which was not given. Provide it (secrets are asked for or read from the keychain) and resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/run/PlanRunner.cpp" line="835"/>
        <source>The request needs the value %1, which was not given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::PlanSummaryPage</name>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="38"/>
        <source>&amp;Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="40"/>
        <source>Secrets the plan needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="41"/>
        <source>&amp;Run all steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="42"/>
        <source>S&amp;tep through: run one step, look at its result, then continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="48"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="49"/>
        <source>Every step the wizard will take, in order. Steps already in place are checked again and skipped. Export the same steps as scripts with Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="51"/>
        <source>&amp;Execute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="58"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="58"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="58"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="58"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="58"/>
        <source>When run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="71"/>
        <source>Write the scripts `milink script` writes for this project into a folder: T-SQL for sqlcmd or SSMS, PowerShell and Azure CLI, and a README with the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="84"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="85"/>
        <source>Scrip&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="90"/>
        <source>How to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="97"/>
        <source>Either way the run is journaled next to the project, so it can be resumed after a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="141"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="141"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="155"/>
        <source>Already done: checked, then skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="155"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="158"/>
        <source>(changes or removes data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="203"/>
        <source>None: no step that will run needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="223"/>
        <source>Export the scripts to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="229"/>
        <source>Wrote %n file(s) to %1. Start with README.md.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/common/PlanSummaryPage.cpp" line="245"/>
        <source>Offline: milink executes nothing. Export the scripts with Script… and run them where the servers are reachable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::PlannedPreparationPage</name>
    <message>
        <location filename="../wizard/operate/PlannedPreparationPage.cpp" line="35"/>
        <source>Prepare the planned failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/PlannedPreparationPage.cpp" line="36"/>
        <source>A planned failover loses nothing only when nothing is written any more and every commit waits for the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/PlannedPreparationPage.cpp" line="39"/>
        <source>1. Stop the applications that write to the databases of the link (or put them in read-only mode), including Agent jobs.
2. Switch the link to synchronous commit on both sides, so the secondary hardens every transaction before it commits.
3. On the next page, wait until both sides report the same hardened LSN for long enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/PlannedPreparationPage.cpp" line="47"/>
        <source>I have &amp;stopped the workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/PlannedPreparationPage.cpp" line="49"/>
        <source>S&amp;witch to synchronous commit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/PlannedPreparationPage.cpp" line="55"/>
        <source>Both sides already use synchronous &amp;commit (I switched them myself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/PlannedPreparationPage.cpp" line="75"/>
        <source>Both sides use synchronous commit now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/PlannedPreparationPage.cpp" line="76"/>
        <source>The switch did not finish: %1 Fix the cause and press the button again, or switch by hand and confirm below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/PlannedPreparationPage.cpp" line="88"/>
        <source>Offline: the exported scripts switch to synchronous commit as their first step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/PlannedPreparationPage.cpp" line="105"/>
        <source>Switching both sides to synchronous commit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::PostFailoverPage</name>
    <message>
        <location filename="../wizard/operate/PostFailoverPage.cpp" line="22"/>
        <source>After the failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/PostFailoverPage.cpp" line="23"/>
        <source>Keep replicating in the other direction, or make both copies independent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/PostFailoverPage.cpp" line="24"/>
        <source>&amp;Keep the link: it replicates from the new primary to the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/PostFailoverPage.cpp" line="33"/>
        <source>&amp;Remove the link after the failover (both copies become independent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/PostFailoverPage.cpp" line="37"/>
        <source>Also &amp;drop the availability group on SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/PostFailoverPage.cpp" line="88"/>
        <source>The databases move to SQL Server: take a full backup there once the failover is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/PostFailoverPage.cpp" line="93"/>
        <source>Reading the managed instance&apos;s backup history…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::PreflightRunner</name>
    <message>
        <location filename="../models/preflight/PreflightRunner.cpp" line="58"/>
        <source>Not verified: there is no connection to SQL Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/PreflightRunner.cpp" line="75"/>
        <source>Not verified: SQL Server refused to let milink read %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/PreflightRunner.cpp" line="80"/>
        <source>Error %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/PreflightRunner.cpp" line="94"/>
        <source>the certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/PreflightRunner.cpp" line="103"/>
        <source>the endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/PreflightRunner.cpp" line="113"/>
        <source>the log space of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/preflight/PreflightRunner.cpp" line="123"/>
        <source>SQL Agent&apos;s jobs in msdb</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::ReplicasPage</name>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="30"/>
        <source>Replicas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="31"/>
        <source>Both replicas of the link as SQL Server, the managed instance and Azure report them. Nothing here changes the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="40"/>
        <source>Replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="40"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="40"/>
        <source>Read from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="40"/>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="41"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="41"/>
        <source>Azure state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="41"/>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="43"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="45"/>
        <source>The roles could not be read. The &amp;primary now is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="48"/>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="133"/>
        <source>SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="49"/>
        <source>The managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="52"/>
        <source>Split brain: repair the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="55"/>
        <source>Choose the side whose changes are kept. The other side is backed up (a tail-log backup on SQL Server, a copy-only backup on the managed instance), made secondary, and reseeded from the kept side: what it accepted after the forced failover stays only in that backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="62"/>
        <source>Keep the &amp;managed instance primary (back up and demote SQL Server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="68"/>
        <source>Keep &amp;SQL Server primary (back up and demote the managed instance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="115"/>
        <source>Reading both replicas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="117"/>
        <source>Offline: the roles are not verified (offline). Say which side is primary now; the plan and scripts follow from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="134"/>
        <source>Managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="144"/>
        <source>Both sides are primary. Do not let applications write to both: repair the link before anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="156"/>
        <source>&amp;Directory on the SQL Server host for the tail-log backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicasPage.cpp" line="158"/>
        <source>Storage &amp;container URL for the managed instance&apos;s copy-only backup:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::ReplicationModePage</name>
    <message>
        <location filename="../wizard/operate/ReplicationModePage.cpp" line="17"/>
        <source>Replication mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicationModePage.cpp" line="18"/>
        <source>The commit mode of the link on both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicationModePage.cpp" line="22"/>
        <source>&amp;Asynchronous commit: the primary does not wait for the managed instance (recommended for normal operation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicationModePage.cpp" line="26"/>
        <source>&amp;Synchronous commit: every commit waits until the secondary hardened it (before a planned failover; adds latency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicationModePage.cpp" line="41"/>
        <source>The project records %1 commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicationModePage.cpp" line="42"/>
        <source>synchronous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/ReplicationModePage.cpp" line="42"/>
        <source>asynchronous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::ReplicationModeWizard</name>
    <message>
        <location filename="../wizard/operate/ReplicationModeWizard.cpp" line="12"/>
        <source>Set the replication mode of the link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::RequirementsController</name>
    <message>
        <location filename="../wizard/create/RequirementsController.cpp" line="60"/>
        <source>SQL Server could not be read again: %1 The checks below show what was found before. Check the server, then press Re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/RequirementsController.cpp" line="86"/>
        <source>Fix these requirements before continuing: %1. Each one says how; then press Re-run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::RequirementsPage</name>
    <message>
        <location filename="../wizard/create/RequirementsPage.cpp" line="40"/>
        <source>&amp;Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/RequirementsPage.cpp" line="46"/>
        <source>SQL Server requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/RequirementsPage.cpp" line="47"/>
        <source>What the link needs from this SQL Server. Fix each failure on the server, then press Re-run; warnings do not stop you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/RequirementsPage.cpp" line="52"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/RequirementsPage.cpp" line="52"/>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/RequirementsPage.cpp" line="52"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/RequirementsPage.cpp" line="60"/>
        <source>Read SQL Server again after fixing something.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/RequirementsPage.cpp" line="81"/>
        <source>How to fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/RequirementsPage.cpp" line="104"/>
        <source>Reading SQL Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/RequirementsPage.cpp" line="145"/>
        <source>How to fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/RequirementsPage.cpp" line="151"/>
        <source>Server said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/RequirementsPage.cpp" line="155"/>
        <source>%1 (error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/RequirementsPage.cpp" line="176"/>
        <source>%1 failed, %2 warnings, %3 not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/RequirementsPage.cpp" line="187"/>
        <source>You can continue; read the warnings first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::ResultsPage</name>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="24"/>
        <source>Retry from &amp;here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="25"/>
        <source>R&amp;oll back what this run created…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="26"/>
        <source>Open link &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="29"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="30"/>
        <source>What each step did. Select a step to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="37"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="37"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="37"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="37"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="43"/>
        <source>Run the selected step and every step after it again. Finished steps before it are not repeated; each step checks first whether it is already done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="47"/>
        <source>Remove the objects this run created (newest first). Objects that existed before the run are never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="115"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="156"/>
        <source>The rollback is complete: what this run created is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="157"/>
        <source>Every step is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="159"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="210"/>
        <source>Roll back what this run created?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="211"/>
        <source>These steps created objects that will be removed, newest first:
%1

Objects that existed before the run stay. Databases keep their data; their links and availability groups are dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/ResultsPage.cpp" line="215"/>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::RotationPage</name>
    <message>
        <location filename="../wizard/operate/RotationPage.cpp" line="22"/>
        <source>Rotate the endpoint certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/RotationPage.cpp" line="23"/>
        <source>A new certificate is created and trusted by the managed instance before the endpoint switches to it, so the link stays connected; the old one is dropped last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/RotationPage.cpp" line="43"/>
        <source>SQL Server certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/RotationPage.cpp" line="44"/>
        <source>Trusted by the managed instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/RotationPage.cpp" line="45"/>
        <source>Managed instance&apos;s certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/RotationPage.cpp" line="46"/>
        <source>New certificate &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/RotationPage.cpp" line="47"/>
        <source>New certificate &amp;expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/RotationPage.cpp" line="60"/>
        <source>not verified (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/RotationPage.cpp" line="72"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/RotationPage.cpp" line="88"/>
        <location filename="../wizard/operate/RotationPage.cpp" line="92"/>
        <source>unknown (not signed in to Azure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/RotationPage.cpp" line="91"/>
        <source> — Azure renews it; nothing to do here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/RotationPage.cpp" line="99"/>
        <source>The current certificate expires within 30 days; once it has expired the link disconnects with error 41973.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/operate/RotationPage.cpp" line="120"/>
        <source>The new certificate needs a name other than the current one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::RunController</name>
    <message>
        <location filename="../wizard/common/RunController.cpp" line="19"/>
        <location filename="../wizard/common/RunController.cpp" line="233"/>
        <source>SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/RunController.cpp" line="20"/>
        <source>Managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/RunController.cpp" line="21"/>
        <source>Azure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/RunController.cpp" line="43"/>
        <source>A run is in progress. Cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/RunController.cpp" line="80"/>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/RunController.cpp" line="199"/>
        <source>Retrying from step %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/RunController.cpp" line="237"/>
        <source>the managed instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/RunController.cpp" line="243"/>
        <source>Connecting to %1 again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/RunController.cpp" line="250"/>
        <source>Cannot connect to %1 again: %2 Check that the server is reachable, then press Retry from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/RunController.cpp" line="265"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/common/RunController.cpp" line="286"/>
        <source>Rolling back: %n object(s) this run created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/common/RunController.cpp" line="315"/>
        <source>Step %1 of %2 started: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/RunController.cpp" line="329"/>
        <source>Step %1 done: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/RunController.cpp" line="331"/>
        <source>Step %1 skipped (already done): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/RunController.cpp" line="334"/>
        <source>Step %1 cancelled: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/RunController.cpp" line="337"/>
        <source>Step %1 failed: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/common/RunController.cpp" line="340"/>
        <source>(error %1: %2)</source>
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
    <name>milink::SqlServerController</name>
    <message>
        <location filename="../wizard/create/SqlServerController.cpp" line="50"/>
        <location filename="../wizard/create/SqlServerController.cpp" line="148"/>
        <source>Type the SQL Server version as SERVERPROPERTY(&apos;ProductVersion&apos;) reports it, for example 16.0.4125.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerController.cpp" line="52"/>
        <source>&quot;%1&quot; is not a SQL Server version. Type it as SERVERPROPERTY(&apos;ProductVersion&apos;) reports it, for example 16.0.4125.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerController.cpp" line="124"/>
        <source>No keychain is available, so the password cannot be kept: you will type it again next time. It is never written to the project or any other file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerController.cpp" line="130"/>
        <source>The keychain did not return the kept password (%1). Type the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerController.cpp" line="150"/>
        <source>The SQL Server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerController.cpp" line="154"/>
        <source>Type it as @@SERVERNAME reports it (HOST or HOST\INSTANCE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerController.cpp" line="158"/>
        <source>The SQL Server host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerController.cpp" line="161"/>
        <source>The SQL Server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerController.cpp" line="170"/>
        <source>The login name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerController.cpp" line="175"/>
        <source>Windows authentication needs Microsoft ODBC Driver 17 or 18 for SQL Server (with a Kerberos ticket); the driver %1 cannot use it. Choose SQL Server authentication or install Microsoft&apos;s driver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerController.cpp" line="178"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerController.cpp" line="182"/>
        <source>No ODBC driver for SQL Server is installed. Install Microsoft ODBC Driver 18 for SQL Server, or FreeTDS (the tdsodbc package), then open the wizard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerController.cpp" line="188"/>
        <source>The ODBC driver &quot;%1&quot; is not installed on this computer (installed: %2). Choose an installed driver, or install that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerController.cpp" line="191"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerController.cpp" line="255"/>
        <source>Connected, but SQL Server could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerController.cpp" line="284"/>
        <source>The password was not kept in the keychain (%1); it stays in memory for this wizard only and was not written anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::SqlServerPage</name>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="45"/>
        <source>SQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="46"/>
        <source>Connect to the SQL Server that holds (or will receive) the databases. Next connects and reads what the link needs; nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="50"/>
        <source>sql01.contoso.com or 10.0.0.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="53"/>
        <source>The TCP port SQL Server listens on (1433 for a default instance; a named instance usually has its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="56"/>
        <source>empty for the default instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="57"/>
        <source>The instance name of a named instance. milink connects to the port above, so enter the named instance&apos;s port too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="60"/>
        <source>SQL Server authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="61"/>
        <source>Windows authentication (Kerberos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="67"/>
        <source>&amp;Keep the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="68"/>
        <source>Stored in the keychain after a successful login, under this server and login. Never written to the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="74"/>
        <source>The ODBC driver milink connects with; the best installed one is chosen by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="77"/>
        <source>Mandatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="78"/>
        <source>Optional (may be unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="79"/>
        <source>Strict (TDS 8, ODBC Driver 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="81"/>
        <source>T&amp;rust the server certificate without validating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="84"/>
        <source>Offline: milink does not connect. Type the version and the server name as SQL Server reports them; the checks that need a connection are shown as not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="88"/>
        <source>SERVERPROPERTY(&apos;ProductVersion&apos;), e.g. 16.0.4125.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="90"/>
        <source>@@SERVERNAME, e.g. SQL01 or SQL01\SALES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="101"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="104"/>
        <source>&amp;Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="108"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="111"/>
        <source>A&amp;uthentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="112"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="113"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="116"/>
        <source>ODBC &amp;driver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="117"/>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="120"/>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="123"/>
        <source>Server na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="193"/>
        <source>Connecting to SQL Server and reading its configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="228"/>
        <source>Best installed driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/SqlServerPage.cpp" line="229"/>
        <source>Best installed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::SqlServerProbeJob</name>
    <message>
        <location filename="../wizard/create/SqlServerProbeJob.cpp" line="28"/>
        <source>There is no connection to read from. Connect on the SQL Server page.</source>
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
<context>
    <name>milink::ValidationController</name>
    <message>
        <location filename="../wizard/create/ValidationController.cpp" line="119"/>
        <source>The validation has not finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/create/ValidationController.cpp" line="121"/>
        <source>%n check(s) failed. Fix what they say, then press Re-run validation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/create/ValidationController.cpp" line="125"/>
        <source>Read the warnings and the checks that could not be verified, then tick &quot;I have read the warnings&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>milink::ValidationPage</name>
    <message>
        <location filename="../wizard/create/ValidationPage.cpp" line="47"/>
        <source>&amp;Re-run validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/ValidationPage.cpp" line="49"/>
        <source>I have read the &amp;warnings and the checks that could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/ValidationPage.cpp" line="52"/>
        <source>Validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/ValidationPage.cpp" line="53"/>
        <source>Everything that can be checked before anything changes. Nothing is modified on SQL Server or in Azure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/ValidationPage.cpp" line="69"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/ValidationPage.cpp" line="69"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/ValidationPage.cpp" line="69"/>
        <source>What was found and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/ValidationPage.cpp" line="108"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/ValidationPage.cpp" line="152"/>
        <source>Server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../wizard/create/ValidationPage.cpp" line="162"/>
        <source>%1 passed, %2 warnings, %3 not verified, %4 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../wizard/create/ValidationPage.cpp" line="168"/>
        <source>%n check(s) failed; the link cannot be created until they are fixed. Fix them, then press Re-run validation.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../wizard/create/ValidationPage.cpp" line="173"/>
        <source>Offline, only the typed values are checked; everything that needs a server is shown as not verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
