namespace GeoAnomaly.Host.Catalogs.Cells;

/// <summary>When forecasts are issued: every <see cref="Step"/> from <see cref="First"/> while before <see cref="End"/>.</summary>
/// <param name="First">The first issue time.</param>
/// <param name="End">Issue times are before this.</param>
/// <param name="Step">Time between issues (for example 1 or 7 days).</param>
internal sealed record IssueSchedule(DateTimeOffset First, DateTimeOffset End, TimeSpan Step)
{
    /// <summary>The issue times in order.</summary>
    /// <exception cref="ArgumentException">The step is not positive.</exception>
    public IEnumerable<DateTimeOffset> Times()
    {
        if (Step <= TimeSpan.Zero)
        {
            throw new ArgumentException($"the issue step must be positive, got {Step}");
        }

        for (var t = First; t < End; t += Step)
        {
            yield return t;
        }
    }
}
