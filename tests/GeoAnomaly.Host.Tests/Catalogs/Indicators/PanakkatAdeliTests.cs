using GeoAnomaly.Host.Catalogs.Indicators;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Catalogs.Indicators;

public sealed class PanakkatAdeliTests
{
    [Theory]
    [InlineData(1, 50)]
    [InlineData(2, 50)]
    [InlineData(3, 7)]
    [InlineData(4, 400)]
    public void Fast_path_equals_the_papers_raw_sums_on_seeded_windows(int seed, int n)
    {
        // Given n seeded events: times increasing by 0..3 days, magnitudes on a 0.1 grid from 3.0 to 6.0 (ties likely)
        var random = new Random(seed);
        double[] days = new double[n];
        double[] m = new double[n];
        for (int i = 0; i < n; i++)
        {
            days[i] = (i == 0 ? 0 : days[i - 1]) + (random.Next(0, 4) * 0.75);
            m[i] = 3.0 + (random.Next(0, 31) / 10.0);
        }

        var options = new IndicatorOptions { CharacteristicMinimum = 3.5, CharacteristicMaximum = 4.5 };
        var row = new IndicatorValues(Quakes.Origin);

        // When
        PanakkatAdeli.Fill(row, days, m, options);

        // Then
        (double b, double a, double eta) = NaivePanakkatAdeli.Line(m);
        (double mu, double c) = NaivePanakkatAdeli.Characteristic(days, m, 3.5, 4.5);
        Assert.Equal(b, row.B, 1e-9);
        Assert.Equal(a, row.A, 1e-9);
        Assert.Equal(eta, row.Eta, 1e-9);
        Assert.Equal(m.Max() - (a / b), row.DeltaM, 1e-9);
        Assert.Equal(mu, row.Mu, 1e-9);
        Assert.Equal(c, row.C, 1e-9);
    }
}
