using GeoAnomaly.Plugins.IsolationForest.Features;
using GeoAnomaly.Plugins.IsolationForest.Forest;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Plugins.IsolationForest;

/// <summary>The running state of <see cref="IsolationForestDetector"/> on one channel (and its companions).</summary>
/// <remarks>
/// Sample by sample: push the samples into each channel's <see cref="ChannelFeatures"/>, write the vector (or "missing")
/// into a ring of the last <c>trainingWindowSize</c> vectors, refit when the schedule says so, then score. Vectors
/// waiting for a score are batched and scored tree by tree (<see cref="IsolationForestModel.Score(ReadOnlySpan{double}, int, Span{double})"/>);
/// the batch is flushed before every refit, so each vector is scored by the forest in force at its own sample.
/// </remarks>
internal sealed partial class IsolationForestState : IComponentState
{
    private const int BatchCapacity = 1024;

    private readonly ChannelFeatures[] _channels;
    private readonly int _dimensions;
    private readonly int _trainingWindow;
    private readonly int _minTrainingRows;
    private readonly int _refitInterval;
    private readonly double? _contamination;
    private readonly long _seed;
    private readonly IPluginContext _context;
    private readonly IsolationForestModel _forest;
    private readonly double[] _current;
    private readonly double[] _batch;
    private readonly int[] _batchAt;
    private readonly double[] _batchScores;
    private int _batchCount;
    private bool _fitted;
    private double _threshold;

    public IsolationForestState(IsolationForestOptions options, ComponentStart start)
    {
        if (!IsolationForestOptions.TryParseContamination(options.Contamination, out _contamination)
            || !FeatureKindsParser.TryParse(options.Features, out var kinds, out _))
        {
            throw new ArgumentException("isolation-forest options were not validated: " + string.Join("; ", options.Validate()), nameof(options));
        }

        int channels = 1 + (options.UseCompanions ? start.Companions.Count : 0);
        _channels = new ChannelFeatures[channels];
        for (int c = 0; c < channels; c++)
        {
            _channels[c] = new ChannelFeatures(kinds, options.FeatureWindow);
        }

        _dimensions = channels * _channels[0].Count;
        _trainingWindow = options.TrainingWindowSize;
        _minTrainingRows = Math.Max(2, (options.TrainingWindowSize + 1) / 2);
        _refitInterval = options.RefitInterval;
        _seed = options.Seed ?? start.Context.Seed;
        _context = start.Context;
        _forest = new IsolationForestModel(options.NEstimators, options.MaxSamples, options.MaxFeatures, _dimensions);
        _current = new double[_dimensions];
        _batch = new double[BatchCapacity * _dimensions];
        _batchAt = new int[BatchCapacity];
        _batchScores = new double[Math.Max(BatchCapacity, _trainingWindow)];
        _training = new double[_trainingWindow * _dimensions];
        _trainingValid = new bool[_trainingWindow];
        _gathered = new double[_trainingWindow * _dimensions];
        WarmUp = _trainingWindow + _channels[0].Span + _refitInterval;
        Reset();
    }

    /// <summary>The score s in [0, 1], then the alert (1 above the contamination threshold, 0 below, NaN without a score).</summary>
    public IReadOnlyList<string> Outputs { get; } = ["score", "alert"];

    /// <summary>trainingWindowSize + feature span + refitInterval: by then a refit on a window the state saw whole has happened.</summary>
    public int WarmUp { get; }

    public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
    {
        int n = input.Length;
        if (output.Length < Outputs.Count * n)
        {
            throw new ArgumentException($"output holds {output.Length} values, expected {Outputs.Count} x {n}", nameof(output));
        }

        if (input.CompanionCount < _channels.Length - 1)
        {
            throw new ArgumentException(
                $"isolation-forest was started with {_channels.Length - 1} companion channel(s) but the block carries {input.CompanionCount}", nameof(input));
        }

        output[..(2 * n)].Fill(double.NaN);
        long stepTicks = input.Step.Ticks;
        long startTicks = input.Start.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;
        for (int i = 0; i < n; i++)
        {
            if ((i & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            bool valid = PushSample(input, i);
            AddToTrainingWindow(valid);
            long timeIndex = FloorDiv(startTicks + (i * stepTicks), stepTicks);
            bool scheduled = timeIndex % _refitInterval == 0;
            if (scheduled || (!_fitted && _trainingValidCount == _trainingWindow))
            {
                Flush(output, n);
                Refit(timeIndex, scheduled);
            }

            if (valid && _fitted)
            {
                _current.CopyTo(_batch.AsSpan(_batchCount * _dimensions, _dimensions));
                _batchAt[_batchCount++] = i;
                if (_batchCount == BatchCapacity)
                {
                    Flush(output, n);
                }
            }
        }

        Flush(output, n);
    }

    public void Reset()
    {
        foreach (var channel in _channels)
        {
            channel.Reset();
        }

        Array.Clear(_trainingValid);
        _trainingNext = 0;
        _trainingValidCount = 0;
        _batchCount = 0;
        _fitted = false;
        _threshold = double.NaN;
    }

    /// <summary>Pushes sample <paramref name="i"/> of every channel and writes the vector to <see cref="_current"/>.</summary>
    private bool PushSample(SampleBlock input, int i)
    {
        bool valid = true;
        int offset = 0;
        for (int c = 0; c < _channels.Length; c++)
        {
            var channel = _channels[c];
            channel.Push(c == 0 ? input.Values[i] : input.Companion(c - 1)[i]);
            valid &= channel.TryWrite(_current.AsSpan(offset, channel.Count));
            offset += channel.Count;
        }

        return valid;
    }

    /// <summary>Scores the batched vectors with the forest in force and writes score and alert.</summary>
    private void Flush(Span<double> output, int n)
    {
        if (_batchCount == 0)
        {
            return;
        }

        _forest.Score(_batch, _batchCount, _batchScores);
        for (int k = 0; k < _batchCount; k++)
        {
            double score = _batchScores[k];
            output[_batchAt[k]] = score;
            output[n + _batchAt[k]] = score > _threshold ? 1.0 : 0.0;
        }

        _batchCount = 0;
    }

    private static long FloorDiv(long a, long b)
    {
        long q = a / b;
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
    }
}
