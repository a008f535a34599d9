#pragma once

#include "monitor/LinkStatusRow.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace milink {

// Lag (seconds, left axis) and hardened-LSN progress of both sides (right axis,
// relative to the first sample so the lines stay readable) over one row's history.
class LinkHistoryChart : public QChartView
{
    Q_OBJECT
public:
    explicit LinkHistoryChart(QWidget *parent = nullptr);

    void setHistory(const QString &title, const QList<LinkStatusRow::Sample> &history);
    int pointCount() const; // points of the lag series, for tests

private:
    QLineSeries *m_lag;
    QLineSeries *m_sqlServerLsn;
    QLineSeries *m_managedInstanceLsn;
    QDateTimeAxis *m_time;
    QValueAxis *m_lagAxis;
    QValueAxis *m_lsnAxis;
};

} // namespace milink
