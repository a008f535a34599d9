#pragma once

#include <QList>
#include <QString>

namespace milink {

// One batch of a script: the text between GO separators, how often to run it
// (GO n), and the 1-based line where it starts, for error messages.
struct SqlBatch
{
    QString text;
    int repeat = 1;
    int firstLine = 1;
};

// Splits a script on GO lines the way sqlcmd does: GO must be alone on its line
// (surrounding blanks, an optional count and a trailing -- comment allowed), is
// case-insensitive, and is not a separator inside a string literal, a [bracketed]
// or "quoted" identifier or a /* block comment */ that spans lines. Batches with
// nothing but blanks and comments are dropped.
class SqlBatchSplitter
{
public:
    // On a malformed GO line ("GO x", "GO 0"), returns no batches and sets *error.
    static QList<SqlBatch> split(const QString &script, QString *error = nullptr);
};

} // namespace milink
