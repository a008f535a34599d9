#include "LinkHistoryChart.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace milink {

LinkHistoryChart::LinkHistoryChart(QWidget *parent)
    : QChartView(parent),
      m_lag(new QLineSeries),
      m_sqlServerLsn(new QLineSeries),
      m_managedInstanceLsn(new QLineSeries),
      m_time(new QDateTimeAxis),
      m_lagAxis(new QValueAxis),
      m_lsnAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("historyChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    m_lag->setName(tr("Lag (s)"));
    m_sqlServerLsn->setName(tr("SQL Server hardened LSN (progress)"));
    m_managedInstanceLsn->setName(tr("Managed instance hardened LSN (progress)"));
    auto *chart = new QChart;
    chart->addSeries(m_lag);
    chart->addSeries(m_sqlServerLsn);
    chart->addSeries(m_managedInstanceLsn);
    m_time->setFormat(QStringLiteral("HH:mm:ss"));
    m_time->setTitleText(tr("Time"));
    m_lagAxis->setTitleText(tr("Lag (seconds)"));
    m_lagAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_lsnAxis->setTitleText(tr("LSN progress"));
    m_lsnAxis->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_lagAxis, Qt::AlignLeft);
    chart->addAxis(m_lsnAxis, Qt::AlignRight);
    for (QLineSeries *s : {m_lag, m_sqlServerLsn, m_managedInstanceLsn})
        s->attachAxis(m_time);
    m_lag->attachAxis(m_lagAxis);
    m_sqlServerLsn->attachAxis(m_lsnAxis);
    m_managedInstanceLsn->attachAxis(m_lsnAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
}

void LinkHistoryChart::setHistory(const QString &title, const QList<LinkStatusRow::Sample> &history)
{
    chart()->setTitle(title);
    QList<QPointF> lag, sql, mi;
    double base = -1;
    for (const LinkStatusRow::Sample &s : history) {
        if (base < 0 && s.sqlServerHardenedLsn >= 0)
            base = s.sqlServerHardenedLsn;
        if (base < 0 && s.managedInstanceHardenedLsn >= 0)
            base = s.managedInstanceHardenedLsn;
    }
    double maxLag = 1;
    double minLsn = 0;
    double maxLsn = 1;
    for (const LinkStatusRow::Sample &s : history) {
        const double x = double(s.time.toMSecsSinceEpoch());
        if (s.lagSeconds >= 0) {
            lag.append({x, s.lagSeconds});
            maxLag = qMax(maxLag, s.lagSeconds);
        }
        if (s.sqlServerHardenedLsn >= 0) {
            sql.append({x, s.sqlServerHardenedLsn - base});
            maxLsn = qMax(maxLsn, s.sqlServerHardenedLsn - base);
            minLsn = qMin(minLsn, s.sqlServerHardenedLsn - base);
        }
        if (s.managedInstanceHardenedLsn >= 0) {
            mi.append({x, s.managedInstanceHardenedLsn - base});
            maxLsn = qMax(maxLsn, s.managedInstanceHardenedLsn - base);
            minLsn = qMin(minLsn, s.managedInstanceHardenedLsn - base);
        }
    }
    m_lag->replace(lag);
    m_sqlServerLsn->replace(sql);
    m_managedInstanceLsn->replace(mi);
    if (!history.isEmpty()) {
        QDateTime from = history.first().time.toLocalTime();
        QDateTime to = history.last().time.toLocalTime();
        if (from == to)
            to = from.addSecs(1);
        m_time->setRange(from, to);
    }
    m_lagAxis->setRange(0, maxLag * 1.1);
    m_lagAxis->applyNiceNumbers();
    m_lsnAxis->setRange(minLsn, maxLsn * 1.05);
    m_lsnAxis->applyNiceNumbers();
}

int LinkHistoryChart::pointCount() const
{
    return int(m_lag->count());
}

} // namespace milink
