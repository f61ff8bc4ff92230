using GeoAnomaly.Host.Forecasting.Metrics;
using ScottPlot;

namespace GeoAnomaly.Host.Forecasting.Reporting;

/// <summary>The Molchan diagrams and the ROC curves.</summary>
internal static partial class ForecastPlots
{
    /// <summary>Points of τ at which the random band is evaluated.</summary>
    private const int BandPoints = 201;

    /// <summary>Draws the Molchan diagram of every forecast over all test rows: ν against τ, the diagonal, the
    /// (1 − <see cref="BandAlpha"/>) band of random alarms for the test set's N target rows, and each ASS in the legend.</summary>
    /// <param name="path">The PNG file.</param>
    /// <param name="evaluation">The walk-forward forecasts.</param>
    /// <param name="weighted">Weight τ by the climatology forecast (which then lies on the diagonal).</param>
    public static void Molchan(string path, WalkForwardEvaluation evaluation, bool weighted)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        using var plot = NewPlot(
            weighted ? "Molchan diagram (τ weighted by climatology)" : "Molchan diagram",
            weighted ? "τ, fraction of the climatological rate alarmed" : "τ, fraction of test rows (cell × issue time) alarmed",
            "ν, miss rate (fraction of target rows missed)");
        int events = evaluation.Labels.Count(l => l);
        double[] reference = weighted ? evaluation.Forecasts[WalkForwardEvaluation.ClimatologyName] : [];
        if (events > 0)
        {
            double[] tau = [.. Enumerable.Range(0, BandPoints).Select(i => (double)i / (BandPoints - 1))];
            var band = tau.Select(t => MolchanRandom.MissRateBand(events, t, BandAlpha)).ToArray();
            var fill = plot.Add.FillY(tau, [.. band.Select(b => b.Upper)], [.. band.Select(b => b.Lower)]);
            fill.FillColor = Colors.Gray.WithAlpha(0.25);
            fill.LineWidth = 0;
            fill.LegendText = $"random alarms, {1 - BandAlpha:P0} band (N = {events:N0})";
        }

        Diagonal(plot, 0, 1, 1, 0, "random (ν = 1 − τ)");
        if (events == 0)
        {
            Note(plot, "no target event in the test rows: ν is undefined");
        }
        else if (weighted && reference.Sum() <= 0)
        {
            Note(plot, "the climatology forecasts 0 everywhere: no weighted τ");
        }
        else
        {
            foreach (string name in evaluation.Names)
            {
                var trajectory = Metrics.Molchan.Trajectory(evaluation.Forecasts[name], evaluation.Labels, reference);
                double[] tau = [.. trajectory.Select(p => p.Tau)];
                double[] nu = [.. trajectory.Select(p => p.Nu)];
                var line = plot.Add.ScatterLine(tau, nu, ColorOf(evaluation, name));
                line.LineWidth = 2;
                line.LegendText = $"{name} (ASS {Number(Metrics.Molchan.AreaSkillScore(trajectory))})";
            }
        }

        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.ShowLegend(Alignment.UpperRight);
        Save(plot, path);
    }

    /// <summary>Draws the ROC curve of every forecast over all test rows, the diagonal, and each AUC in the legend.</summary>
    /// <param name="path">The PNG file.</param>
    /// <param name="evaluation">The walk-forward forecasts.</param>
    public static void RocCurves(string path, WalkForwardEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        using var plot = NewPlot("ROC curves", "false-alarm rate b/(b+d), fraction of quiet rows alarmed", "POD a/(a+c), fraction of target rows alarmed");
        Diagonal(plot, 0, 0, 1, 1, "random (AUC 0.5)");
        int events = evaluation.Labels.Count(l => l);
        if (events == 0 || events == evaluation.Labels.Length)
        {
            Note(plot, "the test rows hold only one class: no ROC curve");
        }
        else
        {
            foreach (string name in evaluation.Names)
            {
                double[] p = evaluation.Forecasts[name];
                var curve = Roc.Curve(p, evaluation.Labels);
                double[] falseAlarmRate = [.. curve.Select(c => c.FalseAlarmRate)];
                double[] pod = [.. curve.Select(c => c.Pod)];
                var line = plot.Add.ScatterLine(falseAlarmRate, pod, ColorOf(evaluation, name));
                line.LineWidth = 2;
                line.LegendText = $"{name} (AUC {Number(Roc.Auc(p, evaluation.Labels))})";
            }
        }

        plot.Axes.SetLimits(0, 1, 0, 1);
        plot.ShowLegend(Alignment.LowerRight);
        Save(plot, path);
    }
}
