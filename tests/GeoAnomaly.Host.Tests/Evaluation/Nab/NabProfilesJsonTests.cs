using System.Text;
using GeoAnomaly.Host.Evaluation.Nab;
using GeoAnomaly.Host.Storage;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Evaluation.Nab;

public sealed class NabProfilesJsonTests
{
    [Fact]
    public void NABs_profiles_file_gives_its_three_cost_matrices()
    {
        // Given
        byte[] json = Encoding.UTF8.GetBytes(NabFiles.ProfilesJson);

        // When
        var profiles = NabProfilesJson.Read(json, "profiles.json");

        // Then
        Assert.Equal(NabProfile.Defaults, profiles);
    }

    [Fact]
    public void The_shared_copy_of_NABs_profiles_matches_the_built_in_ones()
    {
        // Given
        string path = SharedData.File("nab/config/profiles.json");

        // When
        var profiles = NabProfilesJson.Read(path);

        // Then
        Assert.Equal(NabProfile.Defaults.OrderBy(p => p.Name, StringComparer.Ordinal), profiles.OrderBy(p => p.Name, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("{\n\"s\": {\"CostMatrix\": {\"tpWeight\": 1, \"fnWeight\": 1, \"fpWeight\": 0.1}}\n}", 2, "CostMatrix lacks tnWeight")]
    [InlineData("{\n\"s\": {\"CostMatrix\": {\"tpWeight\": 1, \"fnWeight\": 1,\n \"fpWeigt\": 0.1, \"tnWeight\": 1}}\n}", 3, "unknown weight 'fpWeigt'")]
    [InlineData("{\n\"s\": {\"CostMatrix\": {\"tpWeight\": 0, \"fnWeight\": 1, \"fpWeight\": -0.1, \"tnWeight\": 1}}\n}", 2, "tpWeight: must be a finite number above 0")]
    [InlineData("{\n\"s\": {\"CostMatrix\": {\"tpWeight\": 1, \"fnWeight\": \"1\", \"fpWeight\": 0.1, \"tnWeight\": 1}}\n}", 2, "expected profile 's', fnWeight, found a string")]
    [InlineData("{\n\"s\": {\"Costs\": {}}\n}", 2, "unexpected key 'Costs'")]
    [InlineData("{\n}", null, "no profile is defined")]
    public void A_bad_profiles_file_names_the_line_and_weight_at_fault(string json, int? line, string message)
    {
        // Given: the JSON text

        // When
        var error = Assert.Throws<DataException>(() => NabProfilesJson.Read(Encoding.UTF8.GetBytes(json), "profiles.json"));

        // Then
        Assert.Equal(line, error.Line);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
