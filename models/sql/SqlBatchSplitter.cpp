#include "SqlBatchSplitter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace milink {

namespace {

enum class State { Code, String, Bracket, Quoted, BlockComment };

// Advances the lexical state over one line; line comments end with the line.
State scanLine(const QString &line, State state, int *commentDepth)
{
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
        switch (state) {
        case State::Code:
            if (c == QLatin1Char('-') && next == QLatin1Char('-'))
                return State::Code;
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                state = State::BlockComment;
                *commentDepth = 1;
                ++i;
            } else if (c == QLatin1Char('\'')) {
                state = State::String;
            } else if (c == QLatin1Char('[')) {
                state = State::Bracket;
            } else if (c == QLatin1Char('"')) {
                state = State::Quoted;
            }
            break;
        case State::String:
            if (c == QLatin1Char('\'')) {
                if (next == QLatin1Char('\''))
                    ++i;
                else
                    state = State::Code;
            }
            break;
        case State::Bracket:
            if (c == QLatin1Char(']')) {
                if (next == QLatin1Char(']'))
                    ++i;
                else
                    state = State::Code;
            }
            break;
        case State::Quoted:
            if (c == QLatin1Char('"')) {
                if (next == QLatin1Char('"'))
                    ++i;
                else
                    state = State::Code;
            }
            break;
        case State::BlockComment:
            // T-SQL block comments nest.
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                ++*commentDepth;
                ++i;
            } else if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                ++i;
                if (--*commentDepth == 0)
                    state = State::Code;
            }
            break;
        }
    }
    return state;
}

bool isOnlyCommentsAndBlanks(const QString &text)
{
    int depth = 0;
    QString stripped;
    const QStringList lines = text.split(QLatin1Char('\n'));
    State state = State::Code;
    for (const QString &line : lines) {
        for (int i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            const QChar next = i + 1 < line.size() ? line.at(i + 1) : QChar();
            if (state == State::BlockComment) {
                if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                    ++depth;
                    ++i;
                } else if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                    ++i;
                    if (--depth == 0)
                        state = State::Code;
                }
                continue;
            }
            if (c == QLatin1Char('-') && next == QLatin1Char('-'))
                break;
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                state = State::BlockComment;
                depth = 1;
                ++i;
                continue;
            }
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

} // namespace

QList<SqlBatch> SqlBatchSplitter::split(const QString &script, QString *error)
{
    static const QRegularExpression goLine(QStringLiteral("^\\s*GO(?:\\s+(\\S+))?\\s*(?:--.*)?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    QList<SqlBatch> batches;
    QString normalized = script;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    const QStringList lines = normalized.split(QLatin1Char('\n'));
    State state = State::Code;
    int depth = 0;
    QStringList current;
    int currentStart = 1;
    const auto flush = [&](int repeat) {
        const QString text = current.join(QLatin1Char('\n'));
        if (!isOnlyCommentsAndBlanks(text))
            batches.append(SqlBatch {text, repeat, currentStart});
        current.clear();
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (state == State::Code) {
            const QRegularExpressionMatch match = goLine.match(line);
            if (match.hasMatch()) {
                int repeat = 1;
                if (match.hasCaptured(1)) {
                    bool ok = false;
                    repeat = match.captured(1).toInt(&ok);
                    if (!ok || repeat < 1) {
                        if (error)
                            *error = QCoreApplication::translate(
                                         "milink::SqlBatchSplitter",
                                         "Line %1: “%2” is not a valid batch separator; write GO "
                                         "alone or GO followed by a positive count.")
                                         .arg(i + 1)
                                         .arg(line.trimmed());
                        return {};
                    }
                }
                flush(repeat);
                currentStart = i + 2;
                continue;
            }
        }
        if (current.isEmpty())
            currentStart = i + 1;
        current.append(line);
        state = scanLine(line, state, &depth);
    }
    flush(1);
    if (error)
        error->clear();
    return batches;
}

} // namespace milink
