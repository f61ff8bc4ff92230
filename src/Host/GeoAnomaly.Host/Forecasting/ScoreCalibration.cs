using System.Text.Json.Serialization;

namespace GeoAnomaly.Host.Forecasting;

/// <summary>How model scores are turned into probabilities.</summary>
internal enum CalibrationMethod
{
    /// <summary>Platt scaling: p = 1 / (1 + exp(-(A·s + B))), fitted by maximum likelihood with Platt's (1999) smoothed
    /// targets (N₊ + 1)/(N₊ + 2) and 1/(N₋ + 2).</summary>
    Platt,

    /// <summary>Isotonic regression (pool-adjacent-violators): a non-decreasing step function of the score.</summary>
    Isotonic,

    /// <summary>Scores clipped to [0, 1] and used as they are.</summary>
    None,
}

/// <summary>A fitted score-to-probability map, serialisable into a model file.</summary>
internal sealed record ScoreCalibration
{
    /// <summary>The method.</summary>
    public CalibrationMethod Method { get; init; } = CalibrationMethod.None;

    /// <summary>Platt's slope A.</summary>
    public double A { get; init; }

    /// <summary>Platt's intercept B.</summary>
    public double B { get; init; }

    /// <summary>Isotonic step thresholds (ascending scores).</summary>
    public double[] Thresholds { get; init; } = [];

    /// <summary>Isotonic step values (probabilities, non-decreasing).</summary>
    public double[] Values { get; init; } = [];

    /// <summary>Why the requested calibration was not applied, when it was not.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; init; }

    /// <summary>The identity map (scores clipped to [0, 1]).</summary>
    public static ScoreCalibration Identity(string? note = null) => new() { Note = note };

    /// <summary>Fits <paramref name="method"/> on held-out scores and labels; falls back to <see cref="Identity"/>, with a
    /// note, when the held-out slice lacks one of the classes.</summary>
    /// <param name="method">The method.</param>
    /// <param name="scores">Model scores on the held-out rows.</param>
    /// <param name="labels">Their labels.</param>
    public static ScoreCalibration Fit(CalibrationMethod method, IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        if (method == CalibrationMethod.None)
        {
            return Identity();
        }

        int positives = labels.Count(l => l);
        if (positives == 0 || positives == labels.Count)
        {
            return Identity($"{method} calibration skipped: the held-out slice ({labels.Count} rows) has {positives} target rows");
        }

        return method == CalibrationMethod.Platt ? FitPlatt(scores, labels, positives) : FitIsotonic(scores, labels);
    }

    /// <summary>The probability for a score.</summary>
    /// <param name="score">A model score.</param>
    public double Apply(double score)
    {
        switch (Method)
        {
            case CalibrationMethod.Platt:
                return 1 / (1 + Math.Exp(-((A * score) + B)));
            case CalibrationMethod.Isotonic:
                int i = Array.BinarySearch(Thresholds, score);
                i = i >= 0 ? i : ~i - 1;
                return i < 0 ? Values[0] : Values[i];
            default:
                return Math.Clamp(score, 0, 1);
        }
    }

    private static ScoreCalibration FitPlatt(IReadOnlyList<double> scores, IReadOnlyList<bool> labels, int positives)
    {
        int negatives = labels.Count - positives;
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (negatives + 2.0);
        double a = 0;
        double b = Math.Log((positives + 1.0) / (negatives + 1.0));
        for (int iteration = 0; iteration < 100; iteration++)
        {
            // Newton's method on the negative log-likelihood, with a small ridge to keep the Hessian invertible.
            double gA = 0, gB = 0, hAA = 1e-12, hAB = 0, hBB = 1e-12;
            for (int i = 0; i < scores.Count; i++)
            {
                double p = 1 / (1 + Math.Exp(-((a * scores[i]) + b)));
                double d = p - (labels[i] ? hi : lo);
                double w = p * (1 - p);
                gA += d * scores[i];
                gB += d;
                hAA += w * scores[i] * scores[i];
                hAB += w * scores[i];
                hBB += w;
            }

            double det = (hAA * hBB) - (hAB * hAB);
            if (Math.Abs(det) < 1e-300)
            {
                break;
            }

            double stepA = ((hBB * gA) - (hAB * gB)) / det;
            double stepB = ((hAA * gB) - (hAB * gA)) / det;
            a -= stepA;
            b -= stepB;
            if (Math.Abs(stepA) + Math.Abs(stepB) < 1e-10)
            {
                break;
            }
        }

        return new ScoreCalibration { Method = CalibrationMethod.Platt, A = a, B = b };
    }

    private static ScoreCalibration FitIsotonic(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        // Pool adjacent violators over rows sorted by score; tied scores form one block from the start.
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToList();
        var start = new List<double>();
        var sum = new List<double>();
        var weight = new List<double>();
        foreach (int i in order)
        {
            double y = labels[i] ? 1 : 0;
            if (start.Count > 0 && start[^1] == scores[i])
            {
                sum[^1] += y;
                weight[^1] += 1;
            }
            else
            {
                start.Add(scores[i]);
                sum.Add(y);
                weight.Add(1);
            }

            while (sum.Count > 1 && sum[^2] / weight[^2] > sum[^1] / weight[^1])
            {
                sum[^2] += sum[^1];
                weight[^2] += weight[^1];
                start.RemoveAt(start.Count - 1);
                sum.RemoveAt(sum.Count - 1);
                weight.RemoveAt(weight.Count - 1);
            }
        }

        return new ScoreCalibration
        {
            Method = CalibrationMethod.Isotonic,
            Thresholds = [.. start],
            Values = [.. sum.Select((s, k) => s / weight[k])],
        };
    }
}
