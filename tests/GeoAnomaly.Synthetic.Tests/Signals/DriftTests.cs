using GeoAnomaly.Synthetic.Signals;

namespace GeoAnomaly.Synthetic.Tests.Signals;

public sealed class DriftTests
{
    [Fact]
    public void Drift_starts_at_zero_and_follows_relaxation_plus_linear_rate()
    {
        // Given: 1500 nstrain relaxing over 50 days, installed 30 days before the start, 2 nstrain/day
        var drift = new Drift(1500, 50, 30, 2);
        var axis = new TimeAxis(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromMinutes(1), 30 * 1440);
        double[] buffer = new double[axis.Count];

        // When
        drift.AddTo(buffer, axis);

        // Then: d(t) = A·[exp(−ti/τ) − exp(−(ti + t)/τ)] + r·t, evaluated directly
        Assert.Equal(0, buffer[0], 1e-9);
        foreach (int i in new[] { 1, 1023, 1024, 1025, 20_000, axis.Count - 1 })
        {
            double t = i / 1440.0;
            double expected = (1500 * (Math.Exp(-30.0 / 50) - Math.Exp(-(30 + t) / 50))) + (2 * t);
            Assert.Equal(expected, buffer[i], 1e-9);
        }
    }
}
