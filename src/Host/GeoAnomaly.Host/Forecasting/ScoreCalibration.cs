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
        // Newton's method with backtracking line search on the negative log-likelihood, as Lin, Lin & Weng (2007, "A note
        // on Platt's probabilistic outputs for support vector machines") recommend: without the line search Newton
        // diverges when most scores tie (rows whose features were all imputed) or the classes nearly separate.
        int negatives = labels.Count - positives;
        double hi = (positives + 1.0) / (positives + 2.0);
        double lo = 1.0 / (negatives + 2.0);
        double[] t = [.. labels.Select(l => l ? hi : lo)];
        double a = 0;
        double b = Math.Log((negatives + 1.0) / (positives + 1.0));
        double f = Objective(scores, t, a, b);
        for (int iteration = 0; iteration < 100; iteration++)
        {
            double gA = 0, gB = 0, hAA = 1e-12, hAB = 0, hBB = 1e-12;
            for (int i = 0; i < scores.Count; i++)
            {
                double z = (a * scores[i]) + b;
                double p = z >= 0 ? Math.Exp(-z) / (1 + Math.Exp(-z)) : 1 / (1 + Math.Exp(z));
                double d = t[i] - p;
                double w = p * (1 - p);
                gA += scores[i] * d;
                gB += d;
                hAA += w * scores[i] * scores[i];
                hAB += w * scores[i];
                hBB += w;
            }

            if (Math.Abs(gA) < 1e-7 && Math.Abs(gB) < 1e-7)
            {
                break;
            }

            double det = (hAA * hBB) - (hAB * hAB);
            double dA = -((hBB * gA) - (hAB * gB)) / det;
            double dB = -((-hAB * gA) + (hAA * gB)) / det;
            double slope = (gA * dA) + (gB * dB);
            double step = 1;
            while (step >= 1e-10)
            {
                double na = a + (step * dA), nb = b + (step * dB);
                double nf = Objective(scores, t, na, nb);
                if (nf < f + (1e-4 * step * slope))
                {
                    a = na;
                    b = nb;
                    f = nf;
                    break;
                }

                step /= 2;
            }

            if (step < 1e-10)
            {
                break; // no further decrease along the Newton direction
            }
        }

        if (-a > 0)
        {
            return new ScoreCalibration { Method = CalibrationMethod.Platt, A = -a, B = -b };
        }

        // The held-out slice ranks rows against the model's scores. A calibration must not reorder a model's forecasts
        // (that would be a second model fitted on the held-out slice), so the slope is held at a tiny positive value:
        // probabilities at the held-out base rate, the model's ranking kept.
        double spread = scores.Max() - scores.Min();
        double tiny = 1e-9 / (spread > 0 ? spread : 1);
        double rate = (positives + 1.0) / (labels.Count + 2.0);
        return new ScoreCalibration
        {
            Method = CalibrationMethod.Platt,
            A = tiny,
            B = Math.Log(rate / (1 - rate)) - (tiny * scores.Average()),
            Note = $"Platt calibration: the held-out slice ({labels.Count} rows, {positives} targets) ranked rows against the model's scores; probabilities set to its base rate {rate:0.####}, the model's ranking kept",
        };
    }

    /// <summary>Platt's negative log-likelihood for p = 1 / (1 + exp(A·s + B)) (the sign convention of his paper), computed without overflow.</summary>
    private static double Objective(IReadOnlyList<double> scores, double[] t, double a, double b)
    {
        double f = 0;
        for (int i = 0; i < scores.Count; i++)
        {
            double z = (a * scores[i]) + b;
            f += z >= 0 ? (t[i] * z) + Math.Log(1 + Math.Exp(-z)) : ((t[i] - 1) * z) + Math.Log(1 + Math.Exp(z));
        }

        return f;
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
