namespace GeoAnomaly.Host.Forecasting;

/// <summary>One step of a walk-forward evaluation: a model trained on <see cref="Train"/> forecasts <see cref="Test"/>.</summary>
/// <param name="Number">1-based fold number.</param>
/// <param name="Cut">The first issue time of the test block.</param>
/// <param name="TestEnd">Test issue times are before this.</param>
/// <param name="Train">Rows whose label window (t, t + horizon] closed by <see cref="Cut"/>, in dataset order.</param>
/// <param name="Test">Rows issued in [<see cref="Cut"/>, <see cref="TestEnd"/>), in dataset order.</param>
internal sealed record WalkForwardFold(int Number, DateTimeOffset Cut, DateTimeOffset TestEnd, int[] Train, int[] Test);

/// <summary>
/// Walk-forward splits: train on everything before a cut, forecast the next block, move the cut by the block. Never a
/// random split. A training row issued at t carries the label of (t, t + horizon], so a row joins the training set only
/// when t + horizon ≤ cut: one horizon of gap between the last training label and the first test issue time, and no
/// training label reaches into the test block.
/// </summary>
internal static class WalkForward
{
    /// <summary>The folds over <paramref name="rows"/>.</summary>
    /// <param name="rows">The dataset's rows.</param>
    /// <param name="horizon">The label horizon.</param>
    /// <param name="firstTest">Start of the first test block.</param>
    /// <param name="block">Length of each test block.</param>
    /// <param name="end">Test issue times are before this; null runs to the last row.</param>
    /// <exception cref="ArgumentException">A non-positive horizon or block.</exception>
    public static IReadOnlyList<WalkForwardFold> Split(IReadOnlyList<ForecastRowKey> rows, TimeSpan horizon, DateTimeOffset firstTest, TimeSpan block, DateTimeOffset? end = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (horizon <= TimeSpan.Zero || block <= TimeSpan.Zero)
        {
            throw new ArgumentException("horizon and block must be positive");
        }

        var last = rows.Count == 0 ? firstTest : rows.Max(r => r.Issue);
        var stop = end ?? last.AddTicks(1);
        var folds = new List<WalkForwardFold>();
        for (var cut = firstTest; cut < stop; cut += block)
        {
            var testEnd = cut + block < stop ? cut + block : stop;
            var fold = Fold(rows, horizon, folds.Count + 1, cut, testEnd);
            if (fold.Test.Length > 0)
            {
                folds.Add(fold);
            }
        }

        return folds;
    }

    /// <summary>The training and test rows for one cut.</summary>
    /// <param name="rows">The dataset's rows.</param>
    /// <param name="horizon">The label horizon.</param>
    /// <param name="number">Fold number.</param>
    /// <param name="cut">First test issue time.</param>
    /// <param name="testEnd">Test issue times are before this.</param>
    public static WalkForwardFold Fold(IReadOnlyList<ForecastRowKey> rows, TimeSpan horizon, int number, DateTimeOffset cut, DateTimeOffset testEnd)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var train = new List<int>();
        var test = new List<int>();
        for (int i = 0; i < rows.Count; i++)
        {
            var t = rows[i].Issue;
            if (t + horizon <= cut)
            {
                train.Add(i);
            }
            else if (t >= cut && t < testEnd)
            {
                test.Add(i);
            }
        }

        return new WalkForwardFold(number, cut, testEnd, [.. train], [.. test]);
    }

    /// <summary>Splits a training period into a fitting part and a later held-out slice for calibration and threshold
    /// choice, with the same one-horizon gap between them.</summary>
    /// <param name="rows">The dataset's rows.</param>
    /// <param name="train">The training rows.</param>
    /// <param name="horizon">The label horizon.</param>
    /// <param name="heldOutFraction">Fraction of the training issue times held out (the latest ones).</param>
    /// <returns>The rows to fit on and the held-out rows; the held-out part is empty when the period is too short.</returns>
    public static (int[] Fit, int[] HeldOut) HoldOut(IReadOnlyList<ForecastRowKey> rows, IReadOnlyList<int> train, TimeSpan horizon, double heldOutFraction)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(train);
        var times = train.Select(i => rows[i].Issue).Distinct().Order().ToList();
        int keep = (int)Math.Round(times.Count * (1 - heldOutFraction));
        if (heldOutFraction <= 0 || keep <= 0 || keep >= times.Count)
        {
            return ([.. train], []);
        }

        var cut = times[keep];
        int[] fit = [.. train.Where(i => rows[i].Issue + horizon <= cut)];
        int[] heldOut = [.. train.Where(i => rows[i].Issue >= cut)];
        return fit.Length == 0 ? ([.. train], []) : (fit, heldOut);
    }
}
