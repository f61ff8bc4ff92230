namespace GeoAnomaly.Host.Evaluation;

/// <summary>Point-wise confusion counts: labelled points detected, unlabelled points detected, labelled points missed.</summary>
/// <param name="TruePositives">Labelled points detected.</param>
/// <param name="FalsePositives">Unlabelled points detected.</param>
/// <param name="FalseNegatives">Labelled points not detected.</param>
internal sealed record PointCounts(long TruePositives, long FalsePositives, long FalseNegatives)
{
    /// <summary>No points.</summary>
    public static readonly PointCounts Zero = new(0, 0, 0);

    /// <summary>TP / (TP + FP); NaN without detected points.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? double.NaN : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); NaN without labelled points.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? double.NaN : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The harmonic mean of precision and recall (<see cref="EventMetrics.HarmonicMean"/>).</summary>
    public double F1 => EventMetrics.HarmonicMean(Precision, Recall);

    /// <summary>Sums two sets of counts.</summary>
    /// <param name="a">Counts.</param>
    /// <param name="b">More counts.</param>
    public static PointCounts operator +(PointCounts a, PointCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new PointCounts(a.TruePositives + b.TruePositives, a.FalsePositives + b.FalsePositives, a.FalseNegatives + b.FalseNegatives);
    }
}

/// <summary>The point-adjusted counts.</summary>
internal sealed partial record EventMetrics
{
    /// <summary>Plain and point-adjusted point-wise counts of one series.</summary>
    /// <param name="labelled">Whether each point is labelled anomalous.</param>
    /// <param name="detected">Whether each point was flagged by the detector.</param>
    /// <param name="delayPoints">Adjust a segment only when a point within this many points of its start is flagged; null: any point.</param>
    /// <returns>The plain counts, and the counts after adjustment.</returns>
    /// <remarks>
    /// Point adjustment (Xu et al. 2018, section 4.2; Ren et al. 2019, section 5.1): a segment is a maximal run of
    /// labelled points; if any point of a segment is flagged, every point of it counts as flagged (operators care that a
    /// segment is caught, not which of its points). Points outside segments are counted as they are. Ren et al. also
    /// bound the delay (the flag must come within k points of the segment's start: k = 7 for KPI, 3 for Yahoo); that is
    /// <paramref name="delayPoints"/>, unbounded by default as in Xu et al. Precision, recall and F1 are then taken
    /// point-wise. The adjustment only raises recall and F1, so it flatters detectors; it is reported for comparison
    /// with published numbers, the event metrics are the ones to act on.
    /// </remarks>
    /// <exception cref="ArgumentException">The masks differ in length.</exception>
    public static (PointCounts Plain, PointCounts Adjusted) PointAdjust(IReadOnlyList<bool> labelled, IReadOnlyList<bool> detected, int? delayPoints = null)
    {
        ArgumentNullException.ThrowIfNull(labelled);
        ArgumentNullException.ThrowIfNull(detected);
        if (labelled.Count != detected.Count)
        {
            throw new ArgumentException($"{labelled.Count} labels for {detected.Count} detection flags", nameof(detected));
        }

        long tp = 0;
        long fp = 0;
        long fn = 0;
        long adjustedTp = 0;
        long adjustedFn = 0;
        int i = 0;
        while (i < labelled.Count)
        {
            if (!labelled[i])
            {
                fp += detected[i] ? 1 : 0;
                i++;
                continue;
            }

            int start = i;
            bool caught = false;
            for (; i < labelled.Count && labelled[i]; i++)
            {
                tp += detected[i] ? 1 : 0;
                fn += detected[i] ? 0 : 1;
                caught |= detected[i] && (delayPoints is null || i - start <= delayPoints);
            }

            int length = i - start;
            long segmentTp = detected.Skip(start).Take(length).LongCount(d => d);
            adjustedTp += caught ? length : segmentTp;
            adjustedFn += caught ? 0 : length - segmentTp;
        }

        return (new PointCounts(tp, fp, fn), new PointCounts(adjustedTp, fp, adjustedFn));
    }
}
