using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BilateralRelations.Web.Data.Configurations;

internal sealed class SisterCityPairConfiguration : IEntityTypeConfiguration<SisterCityPair>
{
    public void Configure(EntityTypeBuilder<SisterCityPair> builder)
    {
        builder.ToTable("SisterCities");
        builder.HasIndex(s => new { s.RelationId, s.Slug }).IsUnique();
        builder.HasOne(s => s.Relation).WithMany(r => r.SisterCities).HasForeignKey(s => s.RelationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Country).WithMany().HasForeignKey(s => s.CountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.PartnerCountry).WithMany().HasForeignKey(s => s.PartnerCountryId).OnDelete(DeleteBehavior.Restrict);
    }
}
