using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.SpectralResidual;

/// <summary>The state of <see cref="SpectralResidualEntireDetector"/>: each call is a whole series, cut into batches.</summary>
/// <remarks>
/// Batches start at the first sample and every <c>batchSize</c> samples after it, as in ML.NET. A last batch shorter
/// than 12 samples is scored as part of the last <c>batchSize</c> samples of the series (ML.NET does the same with the
/// previous batch's tail). Gaps are filled over the whole series (<see cref="GapFilling"/>) before batching; every
/// output is NaN at a gap, everywhere in a batch without observed samples, and everywhere in a series shorter than 12
/// samples (where ML.NET throws).
/// </remarks>
internal sealed class SpectralResidualEntireState : IComponentState
{
    private readonly SpectralResidualEntireOptions _options;
    private readonly EntireBatchModel _model;

    public SpectralResidualEntireState(SpectralResidualEntireOptions options)
    {
        _options = options;
        _model = new EntireBatchModel(options);
        Outputs = options.DetectMode switch
        {
            SpectralResidualDetectMode.AnomalyAndExpectedValue => ["score", "alert", "magnitude", "expected"],
            SpectralResidualDetectMode.AnomalyAndMargin => ["score", "alert", "magnitude", "expected", "unit", "upper", "lower", "anomalyScore"],
            _ => ["score", "alert", "magnitude"],
        };
    }

    /// <summary>Raw score, alert, saliency; then, by mode, expected value, boundary unit, upper and lower margin, ML.NET's
    /// anomaly score.</summary>
    public IReadOnlyList<string> Outputs { get; }

    /// <summary>One batch: the context a score depends on. Scores depend on where batches start, so a retrospective run is
    /// not resumable sample for sample.</summary>
    public int WarmUp => _options.BatchSize > 0 ? _options.BatchSize : SpectralResidualEntireOptions.MinBatchSize;

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        int n = input.Length;
        output.Fill(double.NaN);
        if (n < SpectralResidualEntireOptions.MinBatchSize)
        {
            return;
        }

        double[] filled = input.Values.ToArray();
        bool[] valid = new bool[n];
        for (int i = 0; i < n; i++)
        {
            valid[i] = !double.IsNaN(filled[i]);
        }

        if (GapFilling.Fill(filled) == 0)
        {
            return;
        }

        int size = _options.BatchSize > 0 ? Math.Min(_options.BatchSize, n) : n;
        for (int start = 0; start < n; start += size)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int length = Math.Min(size, n - start);
            int from = length < SpectralResidualEntireOptions.MinBatchSize ? n - size : start;
            int span = n - from < size ? n - from : size;
            if (Array.IndexOf(valid, true, from, span) < 0)
            {
                continue;
            }

            _model.Run(filled.AsSpan(from, span), valid.AsSpan(from, span));
            Copy(start - from, start, length, n, output);
        }

        for (int k = 0; k < Outputs.Count; k++)
        {
            for (int i = 0; i < n; i++)
            {
                if (!valid[i])
                {
                    output[(k * n) + i] = double.NaN;
                }
            }
        }
    }

    public void Reset()
    {
        // nothing carries over from one call to the next
    }

    private void Copy(int offset, int start, int length, int n, Span<double> output)
    {
        double[][] columns = _options.DetectMode switch
        {
            SpectralResidualDetectMode.AnomalyAndExpectedValue => [_model.Score, _model.Alert, _model.Magnitude, _model.Expected],
            SpectralResidualDetectMode.AnomalyAndMargin =>
                [_model.Score, _model.Alert, _model.Magnitude, _model.Expected, _model.Unit, _model.Upper, _model.Lower, _model.AnomalyScore],
            _ => [_model.Score, _model.Alert, _model.Magnitude],
        };
        for (int k = 0; k < columns.Length; k++)
        {
            columns[k].AsSpan(offset, length).CopyTo(output.Slice((k * n) + start, length));
        }
    }
}
