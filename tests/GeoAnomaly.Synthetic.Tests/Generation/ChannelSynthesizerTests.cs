using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Signals;
using GeoAnomaly.Synthetic.Tests.Support;

namespace GeoAnomaly.Synthetic.Tests.Generation;

/// <summary>The physics of generated channels: tides, daily variation, storms, barometric response.</summary>
public sealed partial class ChannelSynthesizerTests
{
    private static readonly double[] s_speeds = [.. TidalConstituent.Principal.Select(c => c.SpeedDegreesPerHour)];

    [Fact]
    public void Strain_contains_every_tidal_constituent_at_its_frequency_with_M2_largest()
    {
        // Given: the deterministic signal only, 30 days so M2 and S2 (14.8-day beat) separate cleanly
        var spec = Specs.Quiet() with { Duration = TimeSpan.FromDays(30), ChannelTypes = [SyntheticChannelType.Strain, SyntheticChannelType.AirPressure] };
        var network = SyntheticNetworkGenerator.Generate(spec);

        foreach (var station in network.Stations)
        {
            var strain = network[station.Channels[0].Id];
            var pressure = network[station.Channels[1].Id].Series.Values.ToArray();
            double epochHours = (strain.Series.Start - TimeAxis.Epoch).TotalHours;

            // When: least squares at the constituent frequencies, with air pressure as a regressor (atmospheric loading)
            var fit = HarmonicFit.Fit(strain.Series.Values, epochHours, 1.0 / 60, s_speeds, pressure);

            // Then: amplitudes are the true ones, M2 is the largest, nothing is left over
            var truth = strain.Truth.TideAmplitudes;
            for (int k = 0; k < s_speeds.Length; k++)
            {
                Assert.Equal(truth[k], fit.Amplitude(k), truth[0] * 1e-6);
                Assert.True(k == 0 || fit.Amplitude(k) < fit.Amplitude(0), $"{TidalConstituent.Principal[k].Name} is not below M2");
            }

            Assert.Equal(strain.Truth.PressureCoefficient, fit.Extra(0), 1e-6);
            Assert.True(fit.ResidualRms < truth[0] * 1e-6, $"residual {fit.ResidualRms} nstrain");
        }
    }

    [Fact]
    public void Strain_has_no_energy_between_the_tidal_bands()
    {
        // Given
        var spec = Specs.Quiet() with { Duration = TimeSpan.FromDays(30), ChannelTypes = [SyntheticChannelType.Strain, SyntheticChannelType.AirPressure] };
        var network = SyntheticNetworkGenerator.Generate(spec);
        var strain = network.Channels[0];
        var pressure = network.Channels[1].Series.Values.ToArray();
        double[] offBand = [22.0, 36.0, 45.0];

        // When: the constituents plus three frequencies that are not tidal (1.47, 2.4, 3 cycles per day)
        var fit = HarmonicFit.Fit(strain.Series.Values, (strain.Series.Start - TimeAxis.Epoch).TotalHours, 1.0 / 60, [.. s_speeds, .. offBand], pressure);

        // Then
        for (int k = 0; k < offBand.Length; k++)
        {
            Assert.True(fit.Amplitude(s_speeds.Length + k) < 1e-6 * fit.Amplitude(0), $"energy at {offBand[k]} °/h");
        }
    }

    [Fact]
    public void H_averaged_by_local_hour_shows_the_daily_variation_peaking_near_local_noon()
    {
        // Given: realistic noise, no storms, stations spread in longitude so local time differs from UT
        var spec = new NetworkSpec
        {
            StationCount = 4,
            Duration = TimeSpan.FromDays(28),
            FamilyProbability = 1,
            StormRate = 0,
            AnomalyRates = AnomalyRates.None,
            ChannelTypes = [SyntheticChannelType.MagneticH],
            Region = new GeoBox(20, 45, -150, 150),
        };
        var network = SyntheticNetworkGenerator.Generate(spec);

        foreach (var channel in network.Channels)
        {
            double longitude = channel.Info.Location!.Longitude;

            // When
            double[] byLocalHour = MeanByHour(channel.Series, longitude / 15);
            double[] byUtHour = MeanByHour(channel.Series, 0);

            // Then: the extreme (sign of the Sq range) is near local noon, the cycle has the configured size,
            // and in UT the extreme moves with longitude
            double range = channel.Truth.DailyRange;
            int extreme = ArgExtreme(byLocalHour, Math.Sign(range));
            Assert.InRange(extreme, 10, 13);
            Assert.InRange(byLocalHour.Max() - byLocalHour.Min(), 0.5 * Math.Abs(range), 1.6 * Math.Abs(range));
            double expectedUt = ((12 - (longitude / 15)) % 24 + 24) % 24;
            double utExtreme = ArgExtreme(byUtHour, Math.Sign(range)) + 0.5;
            double distance = Math.Abs(((utExtreme - expectedUt + 36) % 24) - 12);
            Assert.True(distance <= 1.5, $"{channel.Info.Id}: UT extreme at {utExtreme} h, expected near {expectedUt:0.0} h");
        }
    }

    [Fact]
    public void Storms_start_and_peak_at_the_same_UT_at_every_station()
    {
        // Given: the same network with and without storms (storms have their own random stream)
        var spec = Specs.Quiet() with { StationCount = 5, Duration = TimeSpan.FromDays(20), StormRate = 0.3, ChannelTypes = [SyntheticChannelType.MagneticH] };
        var generator = new SyntheticNetworkGenerator(spec);
        var stormy = generator.Generate();
        var calm = SyntheticNetworkGenerator.Generate(spec with { StormRate = 0 });
        Assert.NotEmpty(stormy.Storms);
        var first = stormy.Storms.First(s => s.Fade > spec.Start);
        long onset = first.Onset <= spec.Start ? 0 : stormy.Channels[0].Series.IndexAtOrBefore(first.Onset) + 1;

        foreach (var storm in stormy.Storms.Where(s => s.Minimum < spec.Start + spec.Duration && s.Onset > spec.Start))
        {
            // When
            var minima = stormy.Channels.Select((c, i) => ArgMin(Difference(c.Series, calm.Channels[i].Series), c.Series, storm.Onset, storm.Minimum + TimeSpan.FromHours(1))).ToArray();

            // Then
            Assert.All(minima, m => Assert.Equal(minima[0], m));
        }

        foreach (var (channel, index) in stormy.Channels.Select((c, i) => (c, i)))
        {
            double[] difference = Difference(channel.Series, calm.Channels[index].Series);
            int firstDisturbed = Array.FindIndex(difference, d => d != 0);
            Assert.Equal(onset, firstDisturbed);
            Assert.True(channel.Truth.StormGain > 0);
        }
    }

    [Fact]
    public void Regressing_water_level_differences_on_pressure_differences_recovers_the_barometric_efficiency()
    {
        // Given: no noise or drift, lagged responses everywhere (the difference regression must see the lag-0 part)
        var spec = Specs.Quiet() with
        {
            StationCount = 5,
            LaggedResponseProbability = 1,
            ChannelTypes = [SyntheticChannelType.AirPressure, SyntheticChannelType.WaterLevel],
        };
        var network = SyntheticNetworkGenerator.Generate(spec);

        foreach (var station in network.Stations)
        {
            double[] p = network[station.Channels[0].Id].Series.Values.ToArray();
            double[] h = network[station.Channels[1].Id].Series.Values.ToArray();
            var start = network.Channels[0].Series.Start;

            // When: Δh on Δp plus differenced tidal harmonics
            var fit = DifferenceFit(h, p, start);
            double efficiency = -fit / BarometricResponse.MetresPerHectopascal;

            // Then: within 0.02 of the lag-0 efficiency, and well above the long-term one it was given
            var truth = station.Barometric!;
            Assert.Equal(truth.Efficiency, efficiency, 0.02);
            Assert.True(truth.Efficiency - truth.LongTermEfficiency > 0.1);
        }
    }

    private static double DifferenceFit(double[] h, double[] p, DateTimeOffset start)
    {
        int n = h.Length - 1;
        double[] dh = new double[n];
        double[] dp = new double[n];
        for (int i = 0; i < n; i++)
        {
            dh[i] = h[i + 1] - h[i];
            dp[i] = p[i + 1] - p[i];
        }

        double epochHours = (start - TimeAxis.Epoch).TotalHours;
        var columns = new List<double[]> { dp };
        foreach (double speed in s_speeds)
        {
            double[] c = new double[n];
            double[] s = new double[n];
            for (int i = 0; i < n; i++)
            {
                double a0 = speed * (epochHours + (i / 60.0)) * Math.PI / 180;
                double a1 = speed * (epochHours + ((i + 1) / 60.0)) * Math.PI / 180;
                c[i] = Math.Cos(a1) - Math.Cos(a0);
                s[i] = Math.Sin(a1) - Math.Sin(a0);
            }

            columns.Add(c);
            columns.Add(s);
        }

        var fit = HarmonicFit.Fit(dh, 0, 1.0 / 60, [], [.. columns]);
        return fit.Extra(0);
    }

    private static double[] MeanByHour(Series series, double offsetHours)
    {
        double[] sum = new double[24];
        int[] count = new int[24];
        for (int i = 0; i < series.Count; i++)
        {
            if (double.IsNaN(series[i]))
            {
                continue;
            }

            double hour = ((series.TimeAt(i).UtcDateTime.TimeOfDay.TotalHours + offsetHours) % 24 + 24) % 24;
            sum[(int)hour] += series[i];
            count[(int)hour]++;
        }

        return [.. sum.Select((s, k) => s / count[k])];
    }

    private static int ArgExtreme(double[] values, int sign) =>
        Array.IndexOf(values, sign >= 0 ? values.Max() : values.Min());

    private static double[] Difference(Series a, Series b) => [.. Enumerable.Range(0, a.Count).Select(i => a[i] - b[i])];

    private static long ArgMin(double[] difference, Series series, DateTimeOffset from, DateTimeOffset to)
    {
        long a = Math.Max(0, series.IndexAtOrBefore(from));
        long b = Math.Min(series.Count, series.IndexAtOrBefore(to));
        long best = a;
        for (long i = a; i < b; i++)
        {
            if (difference[i] < difference[best])
            {
                best = i;
            }
        }

        return best;
    }
}
