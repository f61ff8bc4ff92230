using GeoAnomaly.Sdk;
using GeoAnomaly.Synthetic.Seismicity;
using GeoAnomaly.Synthetic.Tests.Support;

namespace GeoAnomaly.Synthetic.Tests.Seismicity;

public sealed class EtasSimulatorTests
{
    private static readonly long[] s_seeds = [1, 2, 3, 4, 5];

    [Theory]
    [InlineData(1L)]
    [InlineData(2L)]
    [InlineData(3L)]
    public void Aki_Utsu_b_of_the_simulated_magnitudes_is_within_0_05_of_the_input_b(long seed)
    {
        // Given
        var spec = EtasSpecs.Acceptance(seed);

        // When
        var catalog = EtasSimulator.Simulate(spec);
        double b = EtasFits.AkiUtsuB(catalog.Events.Select(e => e.Magnitude), spec.MinMagnitude);

        // Then
        TestContext.Current.TestOutputHelper?.WriteLine($"seed {seed}: {catalog.Events.Count} events, b = {b:0.000}");
        Assert.InRange(b, spec.B - 0.05, spec.B + 0.05);
    }

    [Fact]
    public void Realised_fraction_of_triggered_events_is_within_0_03_of_the_branching_ratio()
    {
        // Given: five 40-year catalogs with n = 0.5. The process starts empty, so only the last 20 years are counted,
        // where the aftershock rate has reached its stationary level (the parents may be older).
        var fractions = new List<double>();

        // When
        foreach (long seed in s_seeds)
        {
            var spec = EtasSpecs.Acceptance(seed);
            var catalog = EtasSimulator.Simulate(spec);
            var counted = catalog.Events.Where(e => e.Time >= spec.Start + TimeSpan.FromDays(20 * 365)).ToList();
            fractions.Add(counted.Count(e => e.IsTriggered) / (double)counted.Count);
        }

        // Then
        double n = EtasSpecs.Acceptance(1).BranchingRatio;
        TestContext.Current.TestOutputHelper?.WriteLine($"n = {n:0.000}; fractions {string.Join(", ", fractions.Select(f => f.ToString("0.000")))}; mean {fractions.Average():0.000}");
        Assert.InRange(fractions.Average(), n - 0.03, n + 0.03);
    }

    [Fact]
    public void Realised_fraction_matches_the_branching_ratio_for_a_gaussian_kernel_and_alpha_equal_to_b()
    {
        // Given: α = b, where n = K·βR/(1 − e^(−βR)) (the limit of the general formula), n = 0.3, and magnitudes 3..6:
        // with α = b every magnitude unit carries the same share of aftershocks, so a wide range makes the fraction
        // hinge on a few large clusters.
        var fractions = new List<double>();
        double n = 0;

        // When
        foreach (long seed in s_seeds)
        {
            var spec = EtasSpecs.Acceptance(seed) with
            {
                MaxMagnitude = 6,
                Alpha = 1,
                K = EtasSpecs.KFor(0.3, alpha: 1, b: 1, range: 3),
                Kernel = SpatialKernelShape.Gaussian,
                KernelDistance = 3,
            };
            n = spec.BranchingRatio;
            var catalog = EtasSimulator.Simulate(spec);
            var counted = catalog.Events.Where(e => e.Time >= spec.Start + TimeSpan.FromDays(20 * 365)).ToList();
            fractions.Add(counted.Count(e => e.IsTriggered) / (double)counted.Count);
        }

        // Then
        TestContext.Current.TestOutputHelper?.WriteLine($"n = {n:0.000}; fractions {string.Join(", ", fractions.Select(f => f.ToString("0.000")))}; mean {fractions.Average():0.000}");
        Assert.Equal(0.3, n, 12);
        Assert.InRange(fractions.Average(), n - 0.03, n + 0.03);
    }

    [Fact]
    public void Omori_p_fitted_by_maximum_likelihood_on_stacked_sequences_is_within_0_1_of_the_input_p()
    {
        // Given
        var spec = EtasSpecs.Acceptance(1);
        var catalog = EtasSimulator.Simulate(spec);

        // When
        var (c, p) = EtasFits.OmoriUtsu(EtasFits.StackedDelays(catalog));

        // Then
        TestContext.Current.TestOutputHelper?.WriteLine($"c = {c:0.00000} (true {spec.OmoriC}), p = {p:0.000} (true {spec.OmoriP})");
        Assert.InRange(p, spec.OmoriP - 0.1, spec.OmoriP + 0.1);
    }

    [Fact]
    public void The_same_seed_gives_the_same_catalog_and_another_seed_a_different_one()
    {
        // Given
        var spec = EtasSpecs.Small(seed: 5);

        // When
        var first = EtasSimulator.Simulate(spec);
        var second = EtasSimulator.Simulate(spec);
        var other = EtasSimulator.Simulate(spec with { Seed = 6 });

        // Then
        Assert.NotEmpty(first.Events);
        Assert.Equal(first.Events, second.Events);
        Assert.NotEqual(first.Events.Select(e => e.Time), other.Events.Select(e => e.Time));
    }

    [Fact]
    public void Events_are_in_time_order_inside_the_region_and_magnitude_range_and_parents_come_first()
    {
        // Given
        var spec = EtasSpecs.Small() with { Duration = TimeSpan.FromDays(3 * 365) };

        // When
        var events = EtasSimulator.Simulate(spec).Events;

        // Then
        Assert.Contains(events, e => e.IsTriggered);
        for (int i = 0; i < events.Count; i++)
        {
            var e = events[i];
            Assert.Equal(i, e.Index);
            Assert.True(i == 0 || events[i - 1].Time <= e.Time, $"event {i} out of order");
            Assert.InRange(e.Time, spec.Start, spec.Start + spec.Duration);
            Assert.InRange(e.Latitude, spec.Region.MinLatitude, spec.Region.MaxLatitude);
            Assert.InRange(e.Longitude, spec.Region.MinLongitude, spec.Region.MaxLongitude);
            Assert.InRange(e.Magnitude, spec.MinMagnitude, spec.MaxMagnitude);
            Assert.InRange(e.DepthKm, spec.MinDepthKm, spec.MaxDepthKm);
            if (e.IsTriggered)
            {
                Assert.InRange(e.Parent, 0, i - 1);
                Assert.True(events[e.Parent].Time <= e.Time);
                Assert.Equal(events[e.Parent].Generation + 1, e.Generation);
            }
            else
            {
                Assert.Equal(-1, e.Parent);
                Assert.Equal(0, e.Generation);
            }
        }
    }

    [Fact]
    public void Background_sources_put_background_events_near_their_centres()
    {
        // Given: one source of σ = 20 km in the middle of the default region, no aftershocks.
        var spec = EtasSpecs.Small() with { K = 0, BackgroundSources = [new BackgroundSource(33, 103, 20, 1)] };

        // When
        var events = EtasSimulator.Simulate(spec).Events;

        // Then: within 4σ = 80 km (0.72° of latitude, 0.86° of longitude at 33 °N) of the centre.
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.False(e.IsTriggered));
        Assert.All(events, e => Assert.InRange(e.Latitude, 33 - 0.72, 33 + 0.72));
        Assert.All(events, e => Assert.InRange(e.Longitude, 103 - 0.86, 103 + 0.86));
    }

    [Fact]
    public void A_spec_with_branching_ratio_of_one_or_more_is_rejected_naming_k_and_the_ratio()
    {
        // Given: n = 1.2.
        var spec = EtasSpecs.Small() with { K = EtasSpecs.KFor(1.2, alpha: 0.8, b: 1, range: 5) };

        // When
        var error = Assert.Throws<OptionsException>(() => EtasSimulator.Simulate(spec));

        // Then
        var problem = Assert.Single(error.Errors);
        Assert.Equal("k", problem.Option);
        Assert.Contains("branching ratio", problem.Message, StringComparison.Ordinal);
        Assert.Contains("1.2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_invalid_option_is_reported_at_once()
    {
        // Given
        var spec = EtasSpecs.Small() with { OmoriP = 1, MaxMagnitude = 2, KernelExponent = 0.5, Network = "" };

        // When
        var options = spec.Validate().Select(e => e.Option).ToList();

        // Then
        Assert.Equal(["network", "maxMagnitude", "omoriP", "kernelExponent"], options);
    }
}
