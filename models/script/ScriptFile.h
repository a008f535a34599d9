#pragma once

#include <QByteArray>
#include <QString>

namespace milink {

// One exported file: its name inside the output directory and its exact bytes.
struct ScriptFile
{
    QString name; // "01-sql-server.sql"
    QByteArray content; // UTF-8, LF line ends
    bool executable = false; // Bash scripts

    friend bool operator==(const ScriptFile &a, const ScriptFile &b)
    {
        return a.name == b.name && a.content == b.content && a.executable == b.executable;
    }
};

} // namespace milink
