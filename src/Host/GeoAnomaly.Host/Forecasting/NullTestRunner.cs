using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Forecasting;

/// <summary>Runs the <see cref="NullTest"/>: the models of a real walk-forward evaluation on each null dataset.</summary>
/// <remarks>
/// <para>A null dataset must have the real dataset's rows (cell, issue time, label, in order) and the same seismicity
/// features bit for bit; only its anomaly features differ. So the seismicity-only candidate would give the same
/// forecasts on it as on the real data (same rows, features, folds and seed): it is not retrained, and each null
/// statistic uses the real run's <c>model/seismicity</c> forecasts. Only <c>model/both</c> is trained again, fold by
/// fold, on each null dataset.</para>
/// </remarks>
internal static class NullTestRunner
{
    /// <summary>The null test of every model that has both a <c>/seismicity</c> and a <c>/both</c> candidate.</summary>
    /// <param name="real">The evaluation on the real dataset.</param>
    /// <param name="candidates">Its candidates.</param>
    /// <param name="files">The null datasets.</param>
    /// <param name="plan">The walk-forward schedule of the real run.</param>
    /// <param name="context">Seed and logging for the components (as in the real run).</param>
    /// <param name="horizonDays">The horizon to read, as for the real dataset.</param>
    /// <param name="progress">Called with each file as it starts.</param>
    /// <param name="ct">Stops the run.</param>
    /// <exception cref="ForecastException">A null dataset whose rows or seismicity features differ from the real one's; names the file.</exception>
    public static IReadOnlyList<NullTestResult> Run(
        WalkForwardEvaluation real, IReadOnlyList<ForecastCandidate> candidates, IReadOnlyList<string> files, WalkForwardPlan plan, IPluginContext context, int? horizonDays, Action<string>? progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(real);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(files);
        var pairs = candidates.Where(c => c.Spec.Features == FeatureSet.Both)
            .Select(both => (Both: both, Seismicity: candidates.FirstOrDefault(c => c.Spec.Features == FeatureSet.Seismicity && c.Model == both.Model && ModelName(c) == ModelName(both))))
            .Where(p => p.Seismicity is not null)
            .ToList();
        var nulls = pairs.Select(_ => new List<double>()).ToList();
        foreach (string file in files)
        {
            ct.ThrowIfCancellationRequested();
            progress?.Invoke(file);
            var dataset = ForecastDatasetReader.Read(file, horizonDays);
            CheckSameRows(real.Dataset, dataset);
            var evaluation = WalkForwardEvaluation.Run(dataset, [.. pairs.Select(p => p.Both)], plan, context, null, ct);
            if (!evaluation.Rows.AsSpan().SequenceEqual(real.Rows))
            {
                throw new ForecastException($"{file}: its walk-forward test rows differ from those of {real.Dataset.Source}");
            }

            for (int i = 0; i < pairs.Count; i++)
            {
                nulls[i].Add(NullTest.Statistic(evaluation.Forecasts[pairs[i].Both.Name], real.Forecasts[pairs[i].Seismicity!.Name], real.Labels));
            }
        }

        return [.. pairs.Select((p, i) => new NullTestResult(
            ModelName(p.Both),
            NullTest.Statistic(real.Forecasts[p.Both.Name], real.Forecasts[p.Seismicity!.Name], real.Labels),
            nulls[i]))];
    }

    /// <summary>The model part of a candidate name: <c>logistic-regression/both</c> -> <c>logistic-regression</c>.</summary>
    private static string ModelName(ForecastCandidate candidate)
    {
        int slash = candidate.Name.LastIndexOf('/');
        return slash < 0 ? candidate.Name : candidate.Name[..slash];
    }

    private static void CheckSameRows(ForecastDataset real, ForecastDataset candidate)
    {
        if (candidate.Count != real.Count || !candidate.Features.SequenceEqual(real.Features, StringComparer.Ordinal))
        {
            throw new ForecastException($"{candidate.Source}: not a null dataset of {real.Source} ({candidate.Count} rows of {candidate.Features.Count} features, the dataset has {real.Count} of {real.Features.Count})");
        }

        int[] seismicity = real.FeatureIndices(FeatureSet.Seismicity);
        for (int i = 0; i < real.Count; i++)
        {
            var (a, b) = (real.Rows[i], candidate.Rows[i]);
            if (a.Cell != b.Cell || a.Issue != b.Issue || a.Label != b.Label)
            {
                throw new ForecastException($"{candidate.Source}: row {i + 1} is {b.Cell} at {b.Issue:O} (label {b.Label}), the dataset's is {a.Cell} at {a.Issue:O} (label {a.Label}); not a null dataset of {real.Source}");
            }

            foreach (int f in seismicity)
            {
                if (BitConverter.DoubleToInt64Bits(real[i, f]) != BitConverter.DoubleToInt64Bits(candidate[i, f]))
                {
                    throw new ForecastException($"{candidate.Source}: row {i + 1}, {real.Features[f]} differs from {real.Source}; a null dataset changes only the anomaly features");
                }
            }
        }
    }
}
