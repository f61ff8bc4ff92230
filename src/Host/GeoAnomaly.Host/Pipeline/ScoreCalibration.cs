using System.Globalization;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Pipeline;

/// <summary>
/// A fitted calibration: a fixed, non-decreasing map from a detector's raw score to 0..1, so it can be applied to any
/// later score (streaming) without refitting. Built by <see cref="ScoreCalibrator"/>, which documents the rules.
/// </summary>
internal sealed class ScoreCalibration
{
    private readonly double[] _knots;
    private readonly double[] _levels;

    private ScoreCalibration(CalibrationMethod method, double[] knots, double[] levels)
    {
        Method = method;
        _knots = knots;
        _levels = levels;
    }

    /// <summary>The method this map implements.</summary>
    public CalibrationMethod Method { get; }

    /// <summary>Valid reference scores the map was fitted on (0 for <c>probability</c> and <c>none</c>).</summary>
    public int ReferenceCount { get; private init; }

    /// <summary>Time of the first reference sample, when fitted.</summary>
    public DateTimeOffset? ReferenceFrom { get; private init; }

    /// <summary>Time just after the last reference sample, when fitted.</summary>
    public DateTimeOffset? ReferenceTo { get; private init; }

    /// <summary>The tail threshold u: raw scores above it follow the fitted tail.</summary>
    public double TailStart { get; private init; } = double.NaN;

    /// <summary>The calibrated value just above u: the share of reference scores at or below u, over n + 1.</summary>
    public double TailLevel { get; private init; } = double.NaN;

    /// <summary>Scale σ of the excess distribution over u, in raw score units.</summary>
    public double TailScale { get; private init; } = double.NaN;

    /// <summary>Shape ξ of the excess distribution (0: exponential).</summary>
    public double TailShape { get; private init; } = double.NaN;

    /// <summary>The identity map, for raw scores that are already probabilities (clipped to 0..1).</summary>
    public static ScoreCalibration Probability { get; } = new(CalibrationMethod.Probability, [], []);

    /// <summary>No calibration: the raw score is passed through.</summary>
    public static ScoreCalibration None { get; } = new(CalibrationMethod.None, [], []);

    /// <summary>An empirical map with a fitted tail.</summary>
    /// <param name="knots">Distinct reference values at or below u, ascending; the last is u.</param>
    /// <param name="levels">Calibrated value at each knot (its mid-rank over n + 1), non-decreasing.</param>
    /// <param name="tailLevel">Calibrated value just above u.</param>
    /// <param name="scale">Tail scale σ, positive.</param>
    /// <param name="shape">Tail shape ξ, at least 0.</param>
    /// <param name="referenceCount">Reference scores fitted.</param>
    /// <param name="from">Reference start.</param>
    /// <param name="to">Reference end.</param>
    internal static ScoreCalibration Empirical(double[] knots, double[] levels, double tailLevel, double scale, double shape, int referenceCount, DateTimeOffset from, DateTimeOffset to) =>
        new(CalibrationMethod.Empirical, knots, levels)
        {
            TailStart = knots[^1],
            TailLevel = tailLevel,
            TailScale = scale,
            TailShape = shape,
            ReferenceCount = referenceCount,
            ReferenceFrom = from,
            ReferenceTo = to,
        };

    /// <summary>The calibrated value of <paramref name="raw"/>; NaN stays NaN.</summary>
    /// <param name="raw">A raw score.</param>
    public double Apply(double raw)
    {
        if (double.IsNaN(raw))
        {
            return double.NaN;
        }

        switch (Method)
        {
            case CalibrationMethod.None:
                return raw;
            case CalibrationMethod.Probability:
                return Math.Clamp(raw, 0, 1);
        }

        if (raw > TailStart)
        {
            double z = (raw - TailStart) / TailScale;
            double survival = TailShape == 0 ? Math.Exp(-z) : Math.Pow(1 + (TailShape * z), -1 / TailShape);
            return 1 - ((1 - TailLevel) * survival);
        }

        if (raw < _knots[0])
        {
            return 0;
        }

        int at = Array.BinarySearch(_knots, raw);
        if (at >= 0)
        {
            return _levels[at];
        }

        int above = ~at;
        int below = above - 1;
        double t = (raw - _knots[below]) / (_knots[above] - _knots[below]);
        return _levels[below] + (t * (_levels[above] - _levels[below]));
    }

    /// <summary>The calibrated series of <paramref name="raw"/> (a new array).</summary>
    /// <param name="raw">Raw scores.</param>
    public Series Apply(Series raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        double[] calibrated = new double[raw.Count];
        var values = raw.Values;
        for (int i = 0; i < calibrated.Length; i++)
        {
            calibrated[i] = Apply(values[i]);
        }

        return new Series(raw.Start, raw.Step, calibrated);
    }

    /// <summary>One line for logs and the calibration table: method, reference and tail.</summary>
    public override string ToString() => Method switch
    {
        CalibrationMethod.Empirical => string.Create(CultureInfo.InvariantCulture,
            $"empirical on {ReferenceCount} reference scores {ReferenceFrom:O}..{ReferenceTo:O}, tail above {TailStart:G6} from level {TailLevel:0.#####}: scale {TailScale:G6}, shape {TailShape:0.###}"),
        CalibrationMethod.Probability => "probability (raw scores used as they are, clipped to 0..1)",
        _ => "none (raw scores)",
    };
}
