#include "OdbcDriverDetector.h"

#include "OdbcConnectionString.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <sql.h>
#include <sqlext.h>

namespace milink {

OdbcDriverDetector::OdbcDriverDetector(QObject *parent) : QObject(parent)
{
}

QStringList OdbcDriverDetector::installedDrivers()
{
    QStringList drivers;
    SQLHENV env = SQL_NULL_HENV;
    if (!SQL_SUCCEEDED(SQLAllocHandle(SQL_HANDLE_ENV, SQL_NULL_HANDLE, &env)))
        return drivers;
    SQLSetEnvAttr(env, SQL_ATTR_ODBC_VERSION, reinterpret_cast<SQLPOINTER>(SQL_OV_ODBC3), 0);
    SQLCHAR description[512];
    SQLCHAR attributes[2048];
    SQLSMALLINT descriptionLength = 0;
    SQLSMALLINT attributesLength = 0;
    SQLUSMALLINT direction = SQL_FETCH_FIRST;
    while (SQL_SUCCEEDED(SQLDrivers(env, direction, description, sizeof description,
                                    &descriptionLength, attributes, sizeof attributes,
                                    &attributesLength))) {
        drivers << QString::fromUtf8(reinterpret_cast<const char *>(description));
        direction = SQL_FETCH_NEXT;
    }
    SQLFreeHandle(SQL_HANDLE_ENV, env);
    return drivers;
}

QStringList OdbcDriverDetector::sqlServerDrivers(const QStringList &installed)
{
    QStringList out;
    for (const QString &driver : installed) {
        if (OdbcConnectionString::familyOf(driver) != OdbcConnectionString::DriverFamily::Other)
            out << driver;
    }
    // Best first, so the default choice is the first entry.
    std::stable_sort(out.begin(), out.end(), [](const QString &a, const QString &b) {
        return int(OdbcConnectionString::familyOf(a)) < int(OdbcConnectionString::familyOf(b));
    });
    return out;
}

void OdbcDriverDetector::start()
{
    QPointer<OdbcDriverDetector> self(this);
    QThread *thread = QThread::create([self] {
        const QStringList drivers = sqlServerDrivers(installedDrivers());
        QMetaObject::invokeMethod(
            qApp,
            [self, drivers] {
                if (self)
                    emit self->finished(drivers);
            },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace milink
