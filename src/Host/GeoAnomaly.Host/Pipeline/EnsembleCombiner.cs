using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Pipeline;

/// <summary>Combines the calibrated scores of several detectors on one channel into one score column.</summary>
/// <remarks>
/// <para>Per sample, over the members whose calibrated score there is not NaN (a member in a gap or warming up has no
/// say): <c>max</c> takes the largest; <c>mean</c> the mean; <c>vote</c> the <c>k</c>-th largest
/// (<see cref="EnsembleOptions.Votes"/>), so that the combined score is at or above any threshold exactly when at least
/// k members are — "k of n above threshold" — while it stays a 0..1 score whose peak and calibration meaning carry over.
/// With no member (or, for vote, fewer than k members) scored, the sample is NaN.</para>
/// <para>Members must be calibrated to 0..1 first (<see cref="ScoreCalibrator"/>), or the combination mixes units.
/// Events are then formed from the combined column like any detector's (<see cref="EventFormer"/>), under the
/// ensemble's <see cref="EnsembleOptions.OutputName"/>. Cost: O(samples × members log members).</para>
/// </remarks>
internal static class EnsembleCombiner
{
    /// <summary>The combined score column.</summary>
    /// <param name="members">Calibrated score series of the members, on one grid.</param>
    /// <param name="options">Method and votes.</param>
    /// <exception cref="ArgumentException">No members, members on different grids, or invalid options.</exception>
    public static Series Combine(IReadOnlyList<Series> members, EnsembleOptions options)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(options);
        var errors = options.Validate().ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException("ensemble: " + string.Join("; ", errors), nameof(options));
        }

        if (members.Count == 0)
        {
            throw new ArgumentException("an ensemble needs at least one member", nameof(members));
        }

        var grid = members[0];
        if (members.Any(m => m.Start != grid.Start || m.Step != grid.Step || m.Count != grid.Count))
        {
            throw new ArgumentException("ensemble members must share one grid (start, step and length)", nameof(members));
        }

        double[] combined = new double[grid.Count];
        double[] scored = new double[members.Count];
        for (int i = 0; i < combined.Length; i++)
        {
            int count = 0;
            foreach (var member in members)
            {
                double s = member[i];
                if (!double.IsNaN(s))
                {
                    scored[count++] = s;
                }
            }

            combined[i] = Combine(scored.AsSpan(0, count), options);
        }

        return new Series(grid.Start, grid.Step, combined);
    }

    private static double Combine(Span<double> scored, EnsembleOptions options)
    {
        if (scored.Length == 0)
        {
            return double.NaN;
        }

        switch (options.Method)
        {
            case EnsembleMethod.Max:
                double max = scored[0];
                foreach (double s in scored)
                {
                    max = Math.Max(max, s);
                }

                return max;
            case EnsembleMethod.Mean:
                double sum = 0;
                foreach (double s in scored)
                {
                    sum += s;
                }

                return sum / scored.Length;
            default:
                if (scored.Length < options.Votes)
                {
                    return double.NaN;
                }

                scored.Sort();
                return scored[^options.Votes];
        }
    }
}
