using System.Globalization;
using System.Text;
using GeoAnomaly.Host.Forecasting.Metrics;
using GeoAnomaly.Host.Forecasting.Reporting;

namespace GeoAnomaly.Host.Forecasting;

/// <summary>The null test of one model: the skill its anomaly features add on the real data and on each shuffled dataset.</summary>
/// <param name="Model">The model's name (e.g. <c>logistic-regression</c>).</param>
/// <param name="Real">The statistic on the real dataset.</param>
/// <param name="Nulls">The statistic on each null dataset, in file order.</param>
internal sealed record NullTestResult(string Model, double Real, IReadOnlyList<double> Nulls)
{
    /// <summary>Number of null datasets, K.</summary>
    public int K => Nulls.Count;

    /// <summary>p = (1 + #{null ≥ real}) / (1 + K) (<see cref="NullTest.PValue"/>).</summary>
    public double P => NullTest.PValue(Real, Nulls);
}

/// <summary>
/// A Monte Carlo test of "the anomalies carry no information about the earthquakes": the anomaly events of every
/// station are shifted in time by one random circular offset per station (<c>features --null-datasets</c>, see
/// <c>AnomalyShuffle</c>), the same models are evaluated on each such dataset, and the real skill is ranked among them.
/// </summary>
/// <remarks>
/// <para><b>Statistic:</b> the skill the anomalies add, ROC AUC of <c>model/both</c> minus ROC AUC of
/// <c>model/seismicity</c>, over every test row of the walk-forward evaluation (no bootstrap). ROC AUC rather than the
/// Molchan area skill score: over all rows the two differ by little (the scorecard shows both), and AUC needs no
/// reference rates.</para>
/// <para><b>p-value:</b> p = (1 + #{null ≥ real}) / (1 + K) (Davison and Hinkley 1997, eq. 4.11; North, Curtis and
/// Sham 2002, AJHG 71:439), so p ≥ 1/(K + 1): K = 19 is the least that can reach 0.05. A null statistic that is NaN
/// counts as ≥ real (the conservative choice); a NaN real statistic gives p = 1.</para>
/// </remarks>
internal static class NullTest
{
    /// <summary>The metric name of the p-value in <c>metrics.csv</c>.</summary>
    public const string PMetric = "null_test_p";

    /// <summary>The metric name of the real statistic in <c>metrics.csv</c>.</summary>
    public const string RealMetric = "null_statistic_real";

    /// <summary>p = (1 + #{null ≥ real}) / (1 + K); NaN nulls count as ≥ real, a NaN real gives 1.</summary>
    /// <param name="real">The statistic on the real data.</param>
    /// <param name="nulls">The statistic on each null dataset.</param>
    public static double PValue(double real, IReadOnlyList<double> nulls)
    {
        ArgumentNullException.ThrowIfNull(nulls);
        if (double.IsNaN(real))
        {
            return 1;
        }

        int atLeast = nulls.Count(n => !(n < real));
        return (1.0 + atLeast) / (1.0 + nulls.Count);
    }

    /// <summary>ROC AUC of <paramref name="both"/> minus ROC AUC of <paramref name="seismicity"/> over every test row.</summary>
    /// <param name="both">Probabilities of <c>model/both</c>, aligned with <paramref name="labels"/>.</param>
    /// <param name="seismicity">Probabilities of <c>model/seismicity</c>.</param>
    /// <param name="labels">The test rows' labels.</param>
    public static double Statistic(double[] both, double[] seismicity, bool[] labels) => Roc.Auc(both, labels) - Roc.Auc(seismicity, labels);

    /// <summary>The <c>metrics.csv</c> lines: per model, the p-value and the real statistic (scope all).</summary>
    /// <param name="results">One result per model.</param>
    public static IEnumerable<ScoreLine> Lines(IEnumerable<NullTestResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        foreach (var r in results)
        {
            yield return new ScoreLine(r.Model, ScoreScope.AllCells, PMetric, r.P, double.NaN, double.NaN);
            yield return new ScoreLine(r.Model, ScoreScope.AllCells, RealMetric, r.Real, double.NaN, double.NaN);
        }
    }

    /// <summary>The "Null test" Markdown section.</summary>
    /// <param name="results">One result per model.</param>
    /// <param name="files">The null datasets, in order.</param>
    public static string Markdown(IReadOnlyList<NullTestResult> results, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(files);
        var inv = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine("## Null test").AppendLine();
        text.AppendLine(inv, $"Do the anomalies carry information about the earthquakes? Each of the {files.Count} null datasets has every station's anomaly events shifted in time by one random circular offset per station (same counts, durations and clustering; same cells, issue times, catalog and labels). ")
            .AppendLine("Statistic: ROC AUC of `model/both` minus ROC AUC of `model/seismicity` over all test rows; p = (1 + #{null ≥ real}) / (1 + K).")
            .AppendLine();
        text.AppendLine("| model | real | null mean | null sd | null min | null max | K | p |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var r in results)
        {
            double[] finite = [.. r.Nulls.Where(double.IsFinite)];
            double mean = finite.Length == 0 ? double.NaN : finite.Average();
            double sd = finite.Length < 2 ? double.NaN : Math.Sqrt(finite.Sum(v => (v - mean) * (v - mean)) / (finite.Length - 1));
            text.AppendLine(inv, $"| {r.Model} | {r.Real:0.000} | {mean:0.000} | {sd:0.000} | {(finite.Length == 0 ? double.NaN : finite.Min()):0.000} | {(finite.Length == 0 ? double.NaN : finite.Max()):0.000} | {r.K} | {r.P:0.000} |");
        }

        text.AppendLine().AppendLine(inv, $"Null datasets: {string.Join(", ", files.Select(f => $"`{Path.GetFileName(f)}`"))}.").AppendLine();
        return text.ToString();
    }
}
