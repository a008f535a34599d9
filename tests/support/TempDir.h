#pragma once

#include <QString>
#include <QTemporaryDir>

// A temporary directory that fails the test loudly when it cannot be created.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};
