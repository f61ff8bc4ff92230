using GeoAnomaly.Plugins.Tides;
using GeoAnomaly.Plugins.Tides.Fitting;

namespace GeoAnomaly.Plugins.Tests.Tides.Fitting;

public sealed class ConstituentSelectionTests
{
    private const string All = "M2,S2,N2,K2,K1,O1,P1,Q1,Mf,Mm";

    [Theory]
    [InlineData(30, "M2 F, S2 F, N2 F, K2 I:S2, K1 F, O1 F, P1 I:K1, Q1 F, Mf F, Mm F")]
    [InlineData(15, "M2 F, S2 F, N2 I:M2, K2 I:S2, K1 F, O1 F, P1 I:K1, Q1 I:O1, Mf F, Mm D")]
    [InlineData(10, "M2 F, S2 I:M2, N2 I:M2, K2 I:M2, K1 F, O1 I:K1, P1 I:K1, Q1 I:K1, Mf D, Mm D")]
    [InlineData(183, "M2 F, S2 F, N2 F, K2 F, K1 F, O1 F, P1 F, Q1 F, Mf F, Mm F")]
    public void Fits_what_the_Rayleigh_criterion_resolves_and_infers_the_rest_from_the_nearest_of_its_species(int days, string expected)
    {
        // Given
        var settings = TideModelSettings.From(All, 1, 1.0, UnresolvedConstituents.Infer, TidePhaseConvention.Greenwich);
        var selection = new ConstituentSelection(settings);
        var roles = new ConstituentRole[10];
        int[] references = new int[10];

        // When
        selection.Select(days * 24.0, new HashSet<int>(), roles, references);

        // Then
        Assert.Equal(expected, Describe(settings, roles, references));
    }

    [Fact]
    public void Drop_mode_infers_nothing()
    {
        // Given
        var settings = TideModelSettings.From(All, 1, 1.0, UnresolvedConstituents.Drop, TidePhaseConvention.Greenwich);
        var roles = new ConstituentRole[10];
        int[] references = new int[10];

        // When
        new ConstituentSelection(settings).Select(30 * 24.0, new HashSet<int>(), roles, references);

        // Then
        Assert.Equal("M2 F, S2 F, N2 F, K2 D, K1 F, O1 F, P1 D, Q1 F, Mf F, Mm F", Describe(settings, roles, references));
    }

    [Fact]
    public void An_excluded_constituent_is_inferred_and_its_dependants_move_to_another_reference()
    {
        // Given: 30 days, but S2 excluded (as after an ill-conditioned attempt)
        var settings = TideModelSettings.From(All, 1, 1.0, UnresolvedConstituents.Infer, TidePhaseConvention.Greenwich);
        var roles = new ConstituentRole[10];
        int[] references = new int[10];

        // When
        new ConstituentSelection(settings).Select(30 * 24.0, new HashSet<int> { 1 }, roles, references);

        // Then
        Assert.Equal("M2 F, S2 I:M2, N2 F, K2 I:M2, K1 F, O1 F, P1 I:K1, Q1 F, Mf F, Mm F", Describe(settings, roles, references));
    }

    private static string Describe(TideModelSettings settings, ConstituentRole[] roles, int[] references) =>
        string.Join(", ", settings.Constituents.Select((c, k) => roles[k] switch
        {
            ConstituentRole.Fitted => $"{c.Name} F",
            ConstituentRole.Inferred => $"{c.Name} I:{settings.Constituents[references[k]].Name}",
            _ => $"{c.Name} D",
        }));
}
