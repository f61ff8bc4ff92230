namespace GeoAnomaly.Host.Forecasting.Metrics;

/// <summary>
/// The 2×2 table of a binary alarm forecast over rows (cell, issue time): a = hits (alarm, event), b = false alarms
/// (alarm, no event), c = misses (no alarm, event), d = correct negatives; and the scores read from it.
/// </summary>
/// <remarks>
/// <para>Definitions follow DESIGN.md "Forecast evaluation metrics": POD = a/(a+c); false-alarm ratio = b/(a+b);
/// false-alarm rate = b/(b+d); frequency bias = (a+b)/(a+c); R-score (Hanssen-Kuipers) = a/(a+c) − b/(b+d);
/// Reyes et al. P0 = d/(c+d), P1 = a/(a+b), Sn = a/(a+c), Sp = d/(b+d); accuracy = (a+d)/n; precision = a/(a+b);
/// recall = a/(a+c); F1 = 2a/(2a+b+c); MCC = (ad − bc)/√((a+b)(a+c)(b+d)(c+d)).</para>
/// <para><see cref="RValue"/> is the time-domain R-value of station-network practice: the fraction of target events
/// predicted minus the fraction of space-time occupied by alarms, each row one equal unit of space-time:
/// a/(a+c) − (a+b)/n.</para>
/// <para>A ratio whose denominator is 0 (such as POD when no row holds an event) is NaN, not 0 or 1; a score built
/// from such a ratio (R-score, F1 when a+b+c = 0, MCC when any margin is 0) is NaN too.</para>
/// </remarks>
/// <param name="Hits">a: rows alarmed that hold an event.</param>
/// <param name="FalseAlarms">b: rows alarmed that hold no event.</param>
/// <param name="Misses">c: rows not alarmed that hold an event.</param>
/// <param name="CorrectNegatives">d: rows not alarmed that hold no event.</param>
internal readonly record struct Contingency(long Hits, long FalseAlarms, long Misses, long CorrectNegatives)
{
    /// <summary>The table of the alarm "score ≥ <paramref name="threshold"/>".</summary>
    /// <param name="scores">Per-row scores (larger = more likely), no NaN.</param>
    /// <param name="labels">Per-row truth: true when the row holds a target event.</param>
    /// <param name="threshold">Rows whose score is at least this are alarmed.</param>
    /// <exception cref="ArgumentException">Lengths differ, or a score is NaN.</exception>
    public static Contingency At(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, double threshold)
    {
        MetricInputs.Check(scores, labels);
        long a = 0, b = 0, c = 0, d = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            bool alarm = scores[i] >= threshold;
            if (alarm)
            {
                if (labels[i]) { a++; } else { b++; }
            }
            else
            {
                if (labels[i]) { c++; } else { d++; }
            }
        }

        return new Contingency(a, b, c, d);
    }

    /// <summary>n = a + b + c + d.</summary>
    public long Total => Hits + FalseAlarms + Misses + CorrectNegatives;

    /// <summary>Probability of detection a/(a+c) (hit rate, recall, sensitivity).</summary>
    public double Pod => Ratio(Hits, Hits + Misses);

    /// <summary>False-alarm ratio b/(a+b): the share of alarms that hold no event.</summary>
    public double FalseAlarmRatio => Ratio(FalseAlarms, Hits + FalseAlarms);

    /// <summary>False-alarm rate b/(b+d) (probability of false detection): the share of quiet rows alarmed.</summary>
    public double FalseAlarmRate => Ratio(FalseAlarms, FalseAlarms + CorrectNegatives);

    /// <summary>Frequency bias (a+b)/(a+c): alarms per event row.</summary>
    public double FrequencyBias => Ratio(Hits + FalseAlarms, Hits + Misses);

    /// <summary>R-score (Hanssen-Kuipers, true skill statistic) a/(a+c) − b/(b+d).</summary>
    public double RScore => Pod - FalseAlarmRate;

    /// <summary>Fraction of rows alarmed (a+b)/n.</summary>
    public double AlarmFraction => Ratio(Hits + FalseAlarms, Total);

    /// <summary>Time-domain R-value a/(a+c) − (a+b)/n: events predicted minus space-time alarmed.</summary>
    public double RValue => Pod - AlarmFraction;

    /// <summary>Reyes et al. P0 = d/(c+d): the share of "no alarm" that was right.</summary>
    public double P0 => Ratio(CorrectNegatives, Misses + CorrectNegatives);

    /// <summary>Reyes et al. P1 = a/(a+b): the share of alarms that was right.</summary>
    public double P1 => Ratio(Hits, Hits + FalseAlarms);

    /// <summary>Reyes et al. sensitivity Sn = a/(a+c).</summary>
    public double Sn => Pod;

    /// <summary>Reyes et al. specificity Sp = d/(b+d).</summary>
    public double Sp => Ratio(CorrectNegatives, FalseAlarms + CorrectNegatives);

    /// <summary>Accuracy (a+d)/n.</summary>
    public double Accuracy => Ratio(Hits + CorrectNegatives, Total);

    /// <summary>Precision a/(a+b).</summary>
    public double Precision => P1;

    /// <summary>Recall a/(a+c).</summary>
    public double Recall => Pod;

    /// <summary>F1 = 2a/(2a+b+c), the harmonic mean of precision and recall.</summary>
    public double F1 => Ratio(2 * Hits, (2 * Hits) + FalseAlarms + Misses);

    /// <summary>Matthews correlation coefficient (ad − bc)/√((a+b)(a+c)(b+d)(c+d)); NaN when a margin is 0.</summary>
    public double Mcc
    {
        get
        {
            double a = Hits, b = FalseAlarms, c = Misses, d = CorrectNegatives;
            double denominator = Math.Sqrt((a + b) * (a + c) * (b + d) * (c + d));
            return denominator == 0 ? double.NaN : ((a * d) - (b * c)) / denominator;
        }
    }

    private static double Ratio(long numerator, long denominator) =>
        denominator == 0 ? double.NaN : (double)numerator / denominator;
}
