using GeoAnomaly.Host.Forecasting.Reporting;
using GeoAnomaly.Host.Tests.Support;

namespace GeoAnomaly.Host.Tests.Forecasting.Reporting;

public sealed class HtmlReportTests
{
    [Theory]
    [InlineData("http://example.org/a.png")]
    [InlineData("../outside.png")]
    [InlineData("/etc/a.png")]
    [InlineData("notes.txt")]
    public void An_image_outside_the_report_folder_a_URL_or_not_an_image_is_refused(string path)
    {
        // Given
        using var folder = new TempFolder();
        folder.Write("notes.txt", "text");

        // When
        var error = Assert.Throws<ArgumentException>(() => HtmlReport.DataUri(folder.Path, path));

        // Then
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_image_is_an_error_naming_the_file()
    {
        // Given
        using var folder = new TempFolder();

        // When
        var error = Assert.Throws<IOException>(() => HtmlReport.FromMarkdown("# R\n\n![a plot](plots/gone.png)\n", folder.Path, "R"));

        // Then
        Assert.Contains("gone.png", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_becomes_a_data_URI_of_its_bytes()
    {
        // Given
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "plots"));
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        File.WriteAllBytes(Path.Combine(folder.Path, "plots", "a.png"), bytes);

        // When
        string uri = HtmlReport.DataUri(folder.Path, "plots/a.png");

        // Then
        Assert.StartsWith("data:image/png;base64,", uri, StringComparison.Ordinal);
        Assert.Equal(bytes, Convert.FromBase64String(uri["data:image/png;base64,".Length..]));
    }
}
