#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace milink {

// Builds an uncompressed POSIX ustar archive in memory: Qt has no public archive
// writer, and ustar is simple enough to write exactly (GNU tar, bsdtar and every
// archive tool read it). Member names are relative, '/'-separated, at most 255
// bytes (split into prefix and name as ustar allows).
class TarWriter
{
public:
    // False when the name cannot be stored (too long, absolute, "..").
    bool addFile(const QString &name, const QByteArray &data,
                 const QDateTime &modified = QDateTime::currentDateTimeUtc());
    // The archive with its two terminating zero blocks.
    QByteArray finish() const;

private:
    QByteArray m_data;
};

} // namespace milink
