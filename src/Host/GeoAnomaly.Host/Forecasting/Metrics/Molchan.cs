namespace GeoAnomaly.Host.Forecasting.Metrics;

/// <summary>One vertex of a Molchan trajectory.</summary>
/// <param name="Threshold">Alarm when score ≥ this (+∞ at the first vertex, where nothing is alarmed).</param>
/// <param name="Tau">τ: fraction of space-time alarmed (of rows, or of the reference total).</param>
/// <param name="Nu">ν: miss rate, the fraction of target events not alarmed.</param>
internal readonly record struct MolchanPoint(double Threshold, double Tau, double Nu);

/// <summary>The Molchan diagram (miss rate ν vs alarm fraction τ over all thresholds) and its area skill score.</summary>
/// <remarks>
/// <para>Zechar &amp; Jordan (2008), "Testing alarm-based earthquake predictions", GJI 172, 715–724. Each row is a
/// (cell, issue time) unit; a positive row counts as one target event (a row holding several earthquakes is still
/// one event), so N = number of positive rows and ν = misses/N.</para>
/// <para>τ is the fraction of rows alarmed, or, when a per-row <c>reference</c> rate is given, the
/// reference-weighted fraction Σ reference over alarmed rows / Σ reference: the reference-weighted Molchan diagram,
/// in which the reference forecast itself lies on the diagonal ν = 1 − τ in expectation, so skill is measured
/// against the reference rather than against a uniform forecast.</para>
/// <para>Ties: rows of equal score are alarmed together (one vertex per distinct score, alarm when score ≥
/// threshold), and consecutive vertices are joined by straight lines. A straight line is the expected trajectory
/// when the order inside a tie group is random; it is also what pyCSEP's Molchan/ASS code integrates (trapezoids).
/// So a forecast with one value everywhere is the diagonal and scores ASS = ½ exactly.</para>
/// <para>Area skill score ASS = 1 − ∫₀¹ ν dτ (trapezoidal over the vertices, which run from (0, 1) to (1, 0)):
/// ½ for a random forecast, 1 for a perfect one. O(n log n). The random band is in <see cref="MolchanRandom"/>.</para>
/// </remarks>
internal static class Molchan
{
    /// <summary>The trajectory from (τ, ν) = (0, 1) to (1, 0), one vertex per distinct score.</summary>
    /// <param name="scores">Per-row scores, no NaN.</param>
    /// <param name="labels">Per-row truth: true when the row holds a target event.</param>
    /// <param name="reference">Optional per-row reference rates (≥ 0, positive total) that weight τ; empty for
    /// the fraction of rows.</param>
    /// <returns>The vertices; ν is NaN throughout when no row holds an event.</returns>
    /// <exception cref="ArgumentException">Lengths differ, a score is NaN, or the reference is negative, NaN, or sums to 0.</exception>
    public static IReadOnlyList<MolchanPoint> Trajectory(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, ReadOnlySpan<double> reference = default)
    {
        MetricInputs.Check(scores, labels);
        bool weighted = !reference.IsEmpty;
        double totalWeight = weighted ? CheckReference(reference, scores.Length) : scores.Length;
        int events = MetricInputs.Positives(labels);
        int[] order = TiedGroups.Descending(scores);
        var points = new List<MolchanPoint>(order.Length + 1) { new(double.PositiveInfinity, 0, MissRate(0, events)) };
        double alarmed = 0;
        int hits = 0;
        for (int start = 0; start < order.Length;)
        {
            int end = TiedGroups.GroupEnd(scores, order, start);
            for (int k = start; k < end; k++)
            {
                int row = order[k];
                alarmed += weighted ? reference[row] : 1;
                hits += labels[row] ? 1 : 0;
            }

            // The last group alarms everything: τ is 1 exactly, whatever rounding the running sum has collected.
            double tau = end == order.Length ? 1 : alarmed / totalWeight;
            points.Add(new MolchanPoint(scores[order[start]], tau, MissRate(hits, events)));
            start = end;
        }

        return points;
    }

    /// <summary>ASS = 1 − (area under the trajectory), by trapezoids; NaN when there are no events or no rows.</summary>
    /// <param name="trajectory">Vertices from <see cref="Trajectory"/>.</param>
    public static double AreaSkillScore(IReadOnlyList<MolchanPoint> trajectory)
    {
        ArgumentNullException.ThrowIfNull(trajectory);
        if (trajectory.Count < 2)
        {
            return double.NaN;
        }

        double area = 0;
        for (int i = 1; i < trajectory.Count; i++)
        {
            area += (trajectory[i].Tau - trajectory[i - 1].Tau) * (trajectory[i].Nu + trajectory[i - 1].Nu) / 2;
        }

        return 1 - area;
    }

    /// <summary>ASS of scores against labels (and, optionally, a reference that weights τ).</summary>
    /// <param name="scores">Per-row scores, no NaN.</param>
    /// <param name="labels">Per-row truth.</param>
    /// <param name="reference">Optional per-row reference rates; empty for the fraction of rows.</param>
    public static double AreaSkillScore(ReadOnlySpan<double> scores, ReadOnlySpan<bool> labels, ReadOnlySpan<double> reference = default) =>
        AreaSkillScore(Trajectory(scores, labels, reference));

    private static double MissRate(int hits, int events) => events == 0 ? double.NaN : (double)(events - hits) / events;

    private static double CheckReference(ReadOnlySpan<double> reference, int rows)
    {
        if (reference.Length != rows)
        {
            throw new ArgumentException($"reference has {reference.Length} rows but scores has {rows}", nameof(reference));
        }

        int bad = reference.IndexOfAnyExceptInRange(0.0, double.MaxValue);
        if (bad >= 0)
        {
            throw new ArgumentException($"reference: row {bad} is {reference[bad]}; reference rates must be finite and ≥ 0", nameof(reference));
        }

        double total = 0;
        foreach (double r in reference)
        {
            total += r;
        }

        return total > 0 ? total : throw new ArgumentException("reference rates sum to 0; τ would be undefined", nameof(reference));
    }
}
